import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { can, type Role } from "@/lib/auth/permissions";
import { recordAudits } from "@/lib/audit/record-audit";
import { notify, resolveVersionRequests } from "@/lib/notifications/notify";
import { lostApproverMessage } from "@/lib/notifications/messages";
import { standingText } from "@/lib/versions/lost-approvers";

/**
 * A member loses the right to approve (`to`: their new role, or null when removed) in the
 * caller's transaction. The versions still waiting for their decision can no longer be approved:
 * their "asks you to approve" is settled (nobody should be asked for a decision they cannot
 * make), each version's trail records why it is stuck, and its submitter is told what to do.
 * The versions are locked first, so a decision the member was recording commits before (and
 * counts) or is refused after. Returns the versions concerned.
 */
export async function releaseLostApprover(
  tx: Tx,
  { actor, member, from, to }: { actor: Actor; member: { id: string; name: string; email: string }; from: Role; to: Role | null },
): Promise<{ planId: string; number: number }[]> {
  if (!can(from, "plan:approve") || (to !== null && can(to, "plan:approve"))) return [];
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PlanVersion"
    WHERE "orgId" = ${actor.orgId} AND status = 'submitted' AND ${member.id} = ANY("requiredApproverIds")
    ORDER BY id FOR UPDATE`;
  if (locked.length === 0) return [];
  const versions = await tx.planVersion.findMany({
    where: { id: { in: locked.map((v) => v.id) }, approvals: { none: { approverId: member.id } } },
    select: { id: true, planId: true, number: true, submittedById: true, plan: { select: { name: true } } },
    orderBy: [{ planId: "asc" }, { number: "asc" }],
  });
  if (versions.length === 0) return [];
  await resolveVersionRequests(tx, { orgId: actor.orgId, versionIds: versions.map((v) => v.id), onlyUserIds: [member.id] });
  await recordAudits(
    tx,
    versions.map((v) => ({
      actor,
      action: "plan.version_approver_lost",
      entityType: "plan_version",
      entityId: v.id,
      planId: v.planId,
      after: { number: v.number, approver: member.email, standing: standingText(to) },
    })),
  );
  for (const v of versions) {
    await notify(tx, {
      orgId: actor.orgId,
      userIds: v.submittedById ? [v.submittedById] : [],
      planId: v.planId,
      versionId: v.id,
      message: lostApproverMessage({ number: v.number, planName: v.plan.name, approver: member.name, standing: standingText(to) }),
      href: `/plans/${v.planId}/approval/versions/${v.number}`,
    });
  }
  return versions.map((v) => ({ planId: v.planId, number: v.number }));
}
