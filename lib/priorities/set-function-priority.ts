import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { planRecordScope } from "@/lib/bia/scope";
import { setPrioritySchema } from "@/lib/priorities/schemas";

/**
 * Sets (or clears, with both empty) a function's manual rank and tier. Either needs a reason;
 * the change is audited with the computed position it overrides visible on the page.
 */
export async function setFunctionPriority({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, functionId, version, manualRank, tierId, manualRankReason } = parseInput(setPrioritySchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const before = await tx.businessFunction.findFirst({ where: planRecordScope(actor, planId, functionId) });
    if (!before) throw notFound("The function");
    if (tierId && !(await tx.recoveryTier.count({ where: planRecordScope(actor, planId, tierId) }))) {
      throw invalid("tierId", "Choose one of this plan's tiers.");
    }
    const reason = manualRank === null && tierId === null ? "" : manualRankReason;
    const { count } = await tx.businessFunction.updateMany({
      where: { ...planRecordScope(actor, planId, functionId), version },
      data: { manualRank, tierId, manualRankReason: reason, version: { increment: 1 } },
    });
    if (count === 0) throw staleEdit("this function");
    await recordAudit(tx, {
      actor,
      action: manualRank === null && tierId === null ? "function.priority_cleared" : "function.priority_overridden",
      entityType: "function",
      entityId: functionId,
      before: { manualRank: before.manualRank, tierId: before.tierId, manualRankReason: before.manualRankReason },
      after: { manualRank, tierId, manualRankReason: reason },
    });
  });
}
