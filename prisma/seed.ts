/**
 * Loads the demo organisations. Idempotent: an organisation that exists already is left as it is,
 * so `npm run demo` can be run again without losing what someone changed in the demo.
 */
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { DEMO_ORGS, DEMO_PASSWORD } from "./demo-data";
import { ORG_SEEDS, STAGE_SEEDS } from "./demo/index";

type DemoOrg = (typeof DEMO_ORGS)[number];

export async function seedDemo(db: PrismaClient): Promise<{ created: string[] }> {
  const created: string[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_ORGS) {
    if (await db.organization.findUnique({ where: { slug: demo.slug } })) continue;
    // One transaction per organisation: a failure leaves no half-loaded demo behind.
    await db.$transaction((tx) => seedOrg(tx, demo, passwordHash), { timeout: 60_000 });
    created.push(demo.name);
  }
  return { created };
}

async function seedOrg(tx: Prisma.TransactionClient, demo: DemoOrg, passwordHash: string): Promise<void> {
  const org = await tx.organization.create({ data: { name: demo.name, slug: demo.slug, timezone: demo.timezone } });
  for (const member of demo.members) {
    const user = await tx.user.create({ data: { email: member.email, name: member.name, passwordHash } });
    await tx.membership.create({ data: { orgId: org.id, userId: user.id, role: member.role } });
  }
  await tx.department.createMany({ data: demo.departments.map((d) => ({ ...d, orgId: org.id })) });
  const departments = await tx.department.findMany({ where: { orgId: org.id } });
  await tx.person.createMany({
    data: demo.people.map(({ department, ...person }) => ({
      ...person,
      orgId: org.id,
      departmentId: departments.find((d) => d.name === department)?.id ?? null,
    })),
  });
  const people = await tx.person.findMany({ where: { orgId: org.id }, select: { id: true, name: true } });
  const person = (name: string) => {
    const found = people.find((p) => p.name === name);
    if (!found) throw new Error(`Demo systems name ${name} as an owner, who is not a person of ${demo.slug}.`);
    return found.id;
  };
  const sites: { id: string }[] = [];
  for (const site of demo.sites) sites.push(await tx.site.create({ data: { ...site, orgId: org.id } }));
  for (const plan of demo.plans) {
    const row = await tx.plan.create({ data: { orgId: org.id, name: plan.name, description: plan.description } });
    await tx.system.createMany({
      data: plan.systems.map((s) => ({
        orgId: org.id,
        planId: row.id,
        name: s.name,
        kind: s.kind,
        ownerPersonId: person(s.owner),
        description: s.description,
        hostName: s.host,
        ramMiB: s.ramMiB,
        usedGB: s.usedGB,
        siteId: sites[s.site]?.id,
      })),
    });
    for (const seed of STAGE_SEEDS) await seed(tx, { orgId: org.id, orgSlug: demo.slug, planId: row.id, planName: plan.name });
  }
  for (const seed of ORG_SEEDS) await seed(tx, { orgId: org.id, orgSlug: demo.slug });
  await tx.auditLog.create({
    data: { orgId: org.id, action: "org.seeded", entityType: "organization", entityId: org.id, after: { name: demo.name } },
  });
}

export function demoSignIns(): string {
  const lines = DEMO_ORGS.flatMap((org) =>
    org.members.map((m) => `  ${m.role.padEnd(10)} ${m.email.padEnd(42)} (${org.name})`),
  );
  return `Demo sign-ins (password for all: ${DEMO_PASSWORD}):\n${lines.join("\n")}`;
}
