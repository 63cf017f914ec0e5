import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { createAdministratorSchema } from "@/lib/members/schemas";
import { invalid } from "@/lib/errors";
import { ensureMemberPerson } from "@/lib/people/ensure-member-person";
import { slugify } from "@/lib/slug";
import { parseInput } from "@/lib/validation";

// What `npm run create-admin` (scripts/create-admin.ts) runs: no session, no Next, no React.

export type CreatedAdministrator = {
  orgId: string;
  orgName: string;
  orgSlug: string;
  /** The organisation did not exist and was made. */
  organisationCreated: boolean;
  membershipId: string;
  userId: string;
  email: string;
};

/** An initial password nobody chose: 144 random bits, 24 URL-safe characters. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Makes someone an administrator of an organisation from the server's command line: how the first
 * organisation and its first administrator come to exist on an empty instance, where no one can sign
 * in to add them. The organisation is found by its slug (made from its name), or created. An address
 * that is already a member anywhere is refused: its role is changed in the app, not here. An account
 * that outlived an earlier membership gets the given password, as whoever runs the server decided.
 * Every row is audited, with no actor (no member did it), in one transaction.
 */
export async function createAdministrator({ input }: { input: unknown }): Promise<CreatedAdministrator> {
  const { organisation, email, name, password } = parseInput(createAdministratorSchema, input);
  const slug = slugify(organisation);
  if (!slug) throw invalid("organisation", "The organisation's name needs letters or digits.");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, membership: { select: { org: { select: { name: true } } } } } });
    if (existing?.membership) {
      throw invalid("email", `${email} is already a member of “${existing.membership.org.name}”. Change a member's role in the app (Members), not here.`);
    }
    const found = await tx.organization.findUnique({ where: { slug }, select: { id: true, name: true } });
    const org = found ?? (await tx.organization.create({ data: { name: organisation, slug }, select: { id: true, name: true } }));
    const actor = { orgId: org.id, userId: null, email: null };
    if (!found) {
      await recordAudit(tx, { actor, action: "org.created", entityType: "organization", entityId: org.id, planId: null, after: { name: org.name, slug, via: "create-admin" } });
    }
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true, name: true } })
      : await tx.user.create({ data: { email, name, passwordHash }, select: { id: true, name: true } });
    const membership = await tx.membership.create({ data: { orgId: org.id, userId: user.id, role: "admin" } });
    await recordAudit(tx, {
      actor,
      action: "member.added",
      entityType: "member",
      entityId: membership.id,
      planId: null,
      after: { email, name: user.name, role: "admin", via: "create-admin", ...(existing ? { existingAccount: true } : {}) },
    });
    await ensureMemberPerson(tx, { actor, name: user.name, email });
    return { orgId: org.id, orgName: org.name, orgSlug: slug, organisationCreated: !found, membershipId: membership.id, userId: user.id, email };
  });
}

