import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { changeRoleSchema } from "@/lib/members/schemas";
import { membershipScope } from "@/lib/members/scope";
import { adminCount, lockMembers } from "@/lib/members/lock-members";
import { endSessions } from "@/lib/auth/end-sessions";
import { findStrandedVersions, releaseLostApprover } from "@/lib/versions/release-lost-approver";
import { unwarnedDecisionsRefusal } from "@/lib/members/role-change-confirmation";

/**
 * Changes a member's role; never demotes the last administrator. Ends the member's sessions. An
 * executive who loses the right to approve is no longer asked to decide the versions awaiting
 * them, and those versions say why they are stuck (releaseLostApprover). The administrator must
 * have been warned of each of those versions (`warnedVersionIds`, what the confirmation named):
 * one the warning missed, submitted since the members page was read, refuses the change, nothing
 * written, with the warning it should have given (unwarnedDecisionsRefusal).
 */
export async function changeRole({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "member:manage");
  const { membershipId, role, warnedVersionIds } = parseInput(changeRoleSchema, input);
  return db.$transaction(async (tx) => {
    await lockMembers(tx, actor.orgId);
    const member = await tx.membership.findFirst({
      where: membershipScope(actor, membershipId),
      select: { id: true, role: true, user: { select: { id: true, email: true, name: true } } },
    });
    if (!member) throw notFound("The member");
    if (member.role === role) return { ...member, stranded: [] };
    if (member.role === "admin" && (await adminCount(tx, actor.orgId)) === 1) {
      throw new AppError("CONFLICT", "The organisation needs at least one administrator. Make someone else an administrator first.");
    }
    const versions = await findStrandedVersions(tx, { actor, memberId: member.user.id, from: member.role, to: role });
    const refusal = unwarnedDecisionsRefusal({ name: member.user.name, stranded: versions, warned: warnedVersionIds, after: role });
    if (refusal) throw new AppError("CONFLICT", refusal);
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await endSessions(tx, member.user.id);
    const stranded = await releaseLostApprover(tx, { actor, member: member.user, to: role, versions });
    await recordAudit(tx, {
      actor,
      action: "member.role_changed",
      entityType: "member",
      entityId: member.id,
      planId: null,
      before: { email: member.user.email, role: member.role },
      after: { email: member.user.email, role },
    });
    return { ...member, role, stranded };
  });
}
