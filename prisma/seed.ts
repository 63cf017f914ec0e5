/**
 * Loads the demo organisations. Idempotent: an organisation that exists already is left as it is,
 * so `npm run demo` can be run again without losing what someone changed in the demo.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { DEMO_ORGS, DEMO_PASSWORD } from "./demo-data";

export async function seedDemo(db: PrismaClient): Promise<{ created: string[] }> {
  const created: string[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_ORGS) {
    if (await db.organization.findUnique({ where: { slug: demo.slug } })) continue;
    await db.$transaction(async (tx) => {
      const org = await tx.organization.create({ data: { name: demo.name, slug: demo.slug, timezone: demo.timezone } });
      for (const member of demo.members) {
        const user = await tx.user.create({ data: { email: member.email, name: member.name, passwordHash } });
        await tx.membership.create({ data: { orgId: org.id, userId: user.id, role: member.role } });
      }
      await tx.department.createMany({ data: demo.departments.map((d) => ({ ...d, orgId: org.id })) });
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
            owner: s.owner,
            description: s.description,
            hostName: s.host,
            ramMiB: s.ramMiB,
            usedGB: s.usedGB,
            siteId: sites[s.site]?.id,
          })),
        });
      }
      await tx.auditLog.create({
        data: { orgId: org.id, action: "org.seeded", entityType: "organization", entityId: org.id, after: { name: demo.name } },
      });
    });
    created.push(demo.name);
  }
  return { created };
}

export function demoSignIns(): string {
  const lines = DEMO_ORGS.flatMap((org) =>
    org.members.map((m) => `  ${m.role.padEnd(10)} ${m.email.padEnd(42)} (${org.name})`),
  );
  return `Demo sign-ins (password for all: ${DEMO_PASSWORD}):\n${lines.join("\n")}`;
}
