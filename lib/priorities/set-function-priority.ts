import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { sameSnapshot } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { byName, namedId, showFields } from "@/lib/concurrency/show-fields";
import { planRecords, planRecordScope } from "@/lib/bia/scope";
import { IMPACT_WRITES } from "@/lib/bia/function-conflict";
import { setPrioritySchema } from "@/lib/priorities/schemas";

/**
 * Sets (or clears, with rank, tier and reason all empty) a function's manual rank and tier. Either
 * needs a reason, and a reason with neither is refused rather than read as a clear;
 * the change is audited with the computed position it overrides visible on the page. It shares
 * the function's `version` with the impact analysis, so a stale save is described from the same
 * audited writes (IMPACT_WRITES), showing the fields of the override form. A save that changes
 * nothing writes nothing: no new version, no audit row.
 */
export async function setFunctionPriority({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, functionId, version, manualRank, tierId, manualRankReason } = parseInput(setPrioritySchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows (the lock order of lock-plan.ts), whatever the save sets: so that
    // of two ranks saved at once the second reads the first's.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const before = await tx.businessFunction.findFirst({ where: planRecordScope(actor, planId, functionId) });
    if (!before) throw notFound("The function");
    const priority = { manualRank: before.manualRank, tierId: before.tierId, manualRankReason: before.manualRankReason };
    if (before.version !== version) {
      const tiers = await tx.recoveryTier.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } });
      throw staleEdit(
        "this function",
        await describeConflict(tx, {
          actor,
          entityType: "function",
          entityId: functionId,
          actions: IMPACT_WRITES,
          startedFrom: version,
          current: { version: before.version, snapshot: priority },
          show: showFields({
            manualRank: { label: "Rank" },
            tierId: { label: "Tier", text: namedId(byName(tiers), "From its RTO") },
            manualRankReason: { label: "Reason" },
          }),
        }),
      );
    }
    if (tierId && !(await tx.recoveryTier.count({ where: planRecordScope(actor, planId, tierId) }))) {
      throw invalid("tierId", "Choose one of this plan's tiers.");
    }
    if (manualRank !== null) {
      // A rank is a place in the order: one past the end, or one another function holds by hand,
      // would be quietly moved, so the list would not say what the committee set.
      const [total, holder] = await Promise.all([
        tx.businessFunction.count({ where: planRecords(actor, planId) }),
        tx.businessFunction.findFirst({ where: { ...planRecords(actor, planId), manualRank, id: { not: functionId } }, select: { name: true } }),
      ]);
      if (manualRank > total) throw invalid("manualRank", `This plan has ${total} ${total === 1 ? "function" : "functions"}: choose a rank from 1 to ${total}.`);
      if (holder) throw invalid("manualRank", `${holder.name} already holds rank ${manualRank} by hand: choose another rank, or clear theirs first.`);
    }
    if (sameSnapshot(priority, { manualRank, tierId, manualRankReason })) return { version, changed: false };
    const { count } = await tx.businessFunction.updateMany({
      where: { ...planRecordScope(actor, planId, functionId), version },
      data: { manualRank, tierId, manualRankReason, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this function");
    await recordAudit(tx, {
      actor,
      action: manualRank === null && tierId === null ? "function.priority_cleared" : "function.priority_overridden",
      entityType: "function",
      entityId: functionId,
      planId,
      before: priority,
      after: { manualRank, tierId, manualRankReason },
    });
    return { version: version + 1, changed: true };
  });
}
