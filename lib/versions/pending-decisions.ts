import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import type { PendingDecision } from "@/lib/versions/lost-approvers";

/**
 * For the members page: each member's decisions still awaited (the versions awaiting approval
 * that name them and that they have not decided), by user id, so a role change or removal that
 * strands them can say so first.
 */
export async function pendingDecisionsByUser({ actor }: { actor: Actor }): Promise<Map<string, PendingDecision[]>> {
  authorize(actor, "member:manage");
  const versions = await db.planVersion.findMany({
    where: { orgId: actor.orgId, status: "submitted" },
    orderBy: [{ plan: { name: "asc" } }, { number: "asc" }],
    select: { id: true, number: true, requiredApproverIds: true, plan: { select: { name: true } }, approvals: { select: { approverId: true } } },
  });
  const byUser = new Map<string, PendingDecision[]>();
  for (const v of versions) {
    for (const userId of v.requiredApproverIds) {
      if (v.approvals.some((a) => a.approverId === userId)) continue;
      byUser.set(userId, [...(byUser.get(userId) ?? []), { versionId: v.id, planName: v.plan.name, number: v.number }]);
    }
  }
  return byUser;
}
