import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { recordAudits } from "@/lib/audit/record-audit";
import { notify, resolveVersionRequests } from "@/lib/notifications/notify";
import { lostApproverMessage } from "@/lib/notifications/messages";
import { losesApproval, standingText, type PendingDecision } from "@/lib/versions/lost-approvers";

/** A version still waiting for a member's decision that a change of their role leaves undecidable. */
export type StrandedVersion = PendingDecision & { planId: string; submittedById: string | null };

/**
 * The versions a member would leave waiting for a decision they can no longer make, if their role
 * went from `from` to `to` (null: removed), in the caller's transaction and before the change is
 * written, so the caller can first check the administrator was warned of each. They are locked,
 * so a decision the member was recording commits before (and counts) or is refused after.
 */
export async function findStrandedVersions(tx: Tx, { actor, memberId, from, to }: { actor: Actor; memberId: string; from: Role; to: Role | null }): Promise<StrandedVersion[]> {
  if (!losesApproval({ from, to })) return [];
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PlanVersion"
    WHERE "orgId" = ${actor.orgId} AND status = 'submitted' AND ${memberId} = ANY("requiredApproverIds")
    ORDER BY id FOR UPDATE`;
  if (locked.length === 0) return [];
  const versions = await tx.planVersion.findMany({
    where: { id: { in: locked.map((v) => v.id) }, approvals: { none: { approverId: memberId } } },
    select: { id: true, planId: true, number: true, submittedById: true, plan: { select: { name: true } } },
    orderBy: [{ planId: "asc" }, { number: "asc" }],
  });
  return versions.map((v) => ({ versionId: v.id, planId: v.planId, number: v.number, planName: v.plan.name, submittedById: v.submittedById }));
}

/**
 * A member has lost the right to approve (`to`: their new role, or null when removed), in the
 * caller's transaction. The versions findStrandedVersions found can no longer be approved: their
 * "asks you to approve" is settled (nobody should be asked for a decision they cannot make), each
 * version's trail records why it is stuck, and its submitter is told what to do. Returns them.
 */
export async function releaseLostApprover(
  tx: Tx,
  { actor, member, to, versions }: { actor: Actor; member: { id: string; name: string; email: string }; to: Role | null; versions: StrandedVersion[] },
): Promise<{ planId: string; number: number }[]> {
  if (versions.length === 0) return [];
  await resolveVersionRequests(tx, { orgId: actor.orgId, versionIds: versions.map((v) => v.versionId), onlyUserIds: [member.id] });
  await recordAudits(
    tx,
    versions.map((v) => ({
      actor,
      action: "plan.version_approver_lost",
      entityType: "plan_version",
      entityId: v.versionId,
      planId: v.planId,
      after: { number: v.number, approver: member.email, standing: standingText(to) },
    })),
  );
  for (const v of versions) {
    await notify(tx, {
      orgId: actor.orgId,
      kind: "approvals",
      userIds: v.submittedById ? [v.submittedById] : [],
      planId: v.planId,
      versionId: v.versionId,
      message: lostApproverMessage({ number: v.number, planName: v.planName, approver: member.name, standing: standingText(to) }),
      href: `/plans/${v.planId}/approval/versions/${v.number}`,
    });
  }
  return versions.map((v) => ({ planId: v.planId, number: v.number }));
}
