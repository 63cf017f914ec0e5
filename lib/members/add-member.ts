import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { addMemberSchema } from "@/lib/members/schemas";

/**
 * Adds a person to the organisation with a role and an initial password (to hand over in person
 * and change at first sign-in). A person belongs to one organisation.
 */
export async function addMember({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "member:manage");
  const { email, name, role, password } = parseInput(addMemberSchema, input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, membership: true } });
    if (existing?.membership) {
      throw invalid("email", "This person already has an account.");
    }
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { name, passwordHash } })
      : await tx.user.create({ data: { email, name, passwordHash } });
    const membership = await tx.membership.create({ data: { orgId: actor.orgId, userId: user.id, role } });
    await recordAudit(tx, {
      actor,
      action: "member.added",
      entityType: "member",
      entityId: membership.id,
      after: { email, name, role },
    });
    return membership;
  });
}
