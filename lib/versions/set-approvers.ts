import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { setApproversSchema } from "@/lib/versions/schemas";

/**
 * Names the executives whose approval the plan's next versions need (all of them); not on an
 * archived plan. The same approvers again write nothing: no audit row.
 */
export async function setApprovers({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, approverIds } = parseInput(setApproversSchema, input);
  const wanted = [...new Set(approverIds)];
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const executives = await tx.membership.findMany({
      where: { orgId: actor.orgId, role: "executive", userId: { in: wanted } },
      select: { userId: true, user: { select: { email: true } } },
    });
    if (executives.length !== wanted.length) throw invalid("approverIds", "Approvers must be executives of your organisation.");
    const before = await tx.planApprover.findMany({ where: { orgId: actor.orgId, planId }, select: { userId: true, user: { select: { email: true } } } });
    if (before.length === wanted.length && before.every((a) => wanted.includes(a.userId))) return { changed: false };
    await tx.planApprover.deleteMany({ where: { orgId: actor.orgId, planId } });
    await tx.planApprover.createMany({ data: wanted.map((userId) => ({ orgId: actor.orgId, planId, userId })) });
    await recordAudit(tx, {
      actor,
      action: "plan.approvers_set",
      entityType: "plan",
      entityId: planId,
      planId,
      before: { approvers: before.map((a) => a.user.email).sort() },
      after: { approvers: executives.map((e) => e.user.email).sort() },
    });
    return { changed: true };
  });
}
