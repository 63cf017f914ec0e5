import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { planRecords, planRecordScope } from "@/lib/bia/scope";
import { deleteTierSchema } from "@/lib/priorities/schemas";

/**
 * Deletes a tier; functions placed in it by hand fall back to the tier their RTO gives them. The
 * database would clear their tier on its own, but silently, past their versions and audit rows,
 * and would leave the reason for a tier they no longer have. So each is taken out of the tier here
 * as its priority form would: its reason goes with the tier unless a rank set by hand keeps it,
 * its version moves on (a form opened before is told what changed), and it has its own audit row.
 */
export async function deleteTier({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, tierId } = parseInput(deleteTierSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const before = await tx.recoveryTier.findFirst({ where: planRecordScope(actor, planId, tierId) });
    if (!before) throw notFound("The tier");
    const placed = await tx.businessFunction.findMany({
      where: { ...planRecords(actor, planId), tierId },
      orderBy: { name: "asc" },
      select: { id: true, manualRank: true, tierId: true, manualRankReason: true },
    });
    const released = [];
    for (const fn of placed) {
      const priority = { manualRank: fn.manualRank, tierId: null, manualRankReason: fn.manualRank === null ? "" : fn.manualRankReason };
      // Only while it is still in this tier: one moved out meanwhile is no longer this deletion's.
      const { count } = await tx.businessFunction.updateMany({
        where: { ...planRecordScope(actor, planId, fn.id), tierId },
        data: { ...priority, version: { increment: 1 } },
      });
      if (count) released.push({ fn, priority });
    }
    await recordAudits(
      tx,
      released.map(({ fn, priority }) => ({
        actor,
        action: priority.manualRank === null ? "function.priority_cleared" : "function.priority_overridden",
        entityType: "function",
        entityId: fn.id,
        planId,
        before: { manualRank: fn.manualRank, tierId: fn.tierId, manualRankReason: fn.manualRankReason },
        after: priority,
      })),
    );
    await tx.recoveryTier.deleteMany({ where: planRecordScope(actor, planId, tierId) });
    await recordAudit(tx, {
      actor,
      action: "tier.deleted",
      entityType: "tier",
      entityId: tierId,
      planId,
      before: { name: before.name, maxRtoMinutes: before.maxRtoMinutes, description: before.description },
    });
  });
}
