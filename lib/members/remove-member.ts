import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { removeMemberSchema } from "@/lib/members/schemas";
import { membershipScope } from "@/lib/members/scope";
import { adminCount, lockMembers } from "@/lib/members/lock-members";
import { endSessions } from "@/lib/auth/end-sessions";
import { findStrandedVersions, releaseLostApprover } from "@/lib/versions/release-lost-approver";
import { unwarnedDecisionsRefusal } from "@/lib/members/role-change-confirmation";

/**
 * Removes a member from the organisation and ends their sessions (for good: adding the same
 * address again does not revive them); never the last administrator. The user row stays so the audit log keeps naming who did what.
 * An executive's pending decisions are released as on a demotion (releaseLostApprover), and
 * refused as there when the administrator was not warned of one (unwarnedDecisionsRefusal).
 */
export async function removeMember({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "member:manage");
  const { membershipId, warnedVersionIds } = parseInput(removeMemberSchema, input);
  return db.$transaction(async (tx) => {
    await lockMembers(tx, actor.orgId);
    const member = await tx.membership.findFirst({
      where: membershipScope(actor, membershipId),
      select: { id: true, role: true, user: { select: { id: true, email: true, name: true } } },
    });
    if (!member) throw notFound("The member");
    if (member.role === "admin" && (await adminCount(tx, actor.orgId)) === 1) {
      throw new AppError("CONFLICT", "The organisation needs at least one administrator. Make someone else an administrator first.");
    }
    const versions = await findStrandedVersions(tx, { actor, memberId: member.user.id, from: member.role, to: null });
    const refusal = unwarnedDecisionsRefusal({ name: member.user.name, stranded: versions, warned: warnedVersionIds, after: null });
    if (refusal) throw new AppError("CONFLICT", refusal);
    await tx.membership.delete({ where: { id: member.id } });
    await endSessions(tx, member.user.id);
    // Their notifications stay with the organisation's history, but none not yet e-mailed is sent
    // now: not waiting, not counted as failed, not offered to Try again.
    await tx.notification.updateMany({ where: { orgId: actor.orgId, userId: member.user.id, emailedAt: null }, data: { emailWanted: false } });
    const stranded = await releaseLostApprover(tx, { actor, member: member.user, to: null, versions });
    await recordAudit(tx, {
      actor,
      action: "member.removed",
      entityType: "member",
      entityId: member.id,
      planId: null,
      before: { email: member.user.email, name: member.user.name, role: member.role },
    });
    return { stranded };
  });
}
