import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { planRecords, planRecordScope } from "@/lib/bia/scope";
import { deleteTierSchema } from "@/lib/priorities/schemas";
import { showTier, tierSnapshot } from "@/lib/priorities/tier-fields";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";

/**
 * Deletes a tier; functions placed in it by hand fall back to the tier their RTO gives them. The
 * database would clear their tier on its own, but silently, past their versions and audit rows,
 * and would leave the reason for a tier they no longer have. So each is taken out of the tier here
 * as its priority form would: its reason goes with the tier unless a rank set by hand keeps it,
 * its version moves on (a form opened before is told what changed), and it has its own audit row.
 * Two writes do it, one for the functions with a rank set by hand and one for those without.
 * The delete names the version the page showed: a tier someone saved since is not deleted, and
 * the user is told who changed what (docs/decisions/0073).
 */
export async function deleteTier({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, tierId, version } = parseInput(deleteTierSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const found = await tx.recoveryTier.findFirst({ where: planRecordScope(actor, planId, tierId) });
    const before = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The tier",
      entityType: "tier",
      actions: ["tier.updated"],
      snapshot: found ? tierSnapshot(found) : {},
      show: async () => showTier,
    });
    const placed = await tx.businessFunction.findMany({
      where: { ...planRecords(actor, planId), tierId },
      orderBy: { name: "asc" },
      select: { id: true, manualRank: true, tierId: true, manualRankReason: true },
    });
    // With the plan row locked no change to a function can commit until this deletion does (each
    // bumps the plan's revision, docs/decisions/0005), and one that did commit is read above: the
    // two writes take out of the tier exactly the functions read, each audited below.
    const inTier = { ...planRecords(actor, planId), tierId, id: { in: placed.map((fn) => fn.id) } };
    await tx.businessFunction.updateMany({ where: { ...inTier, manualRank: { not: null } }, data: { tierId: null, version: { increment: 1 } } });
    await tx.businessFunction.updateMany({ where: { ...inTier, manualRank: null }, data: { tierId: null, manualRankReason: "", version: { increment: 1 } } });
    await recordAudits(
      tx,
      placed.map((fn) => ({
        actor,
        action: fn.manualRank === null ? "function.priority_cleared" : "function.priority_overridden",
        entityType: "function",
        entityId: fn.id,
        planId,
        before: { manualRank: fn.manualRank, tierId: fn.tierId, manualRankReason: fn.manualRankReason },
        after: { manualRank: fn.manualRank, tierId: null, manualRankReason: fn.manualRank === null ? "" : fn.manualRankReason },
      })),
    );
    deletedAtVersion(await tx.recoveryTier.deleteMany({ where: { ...planRecordScope(actor, planId, tierId), version } }), "The tier");
    await recordAudit(tx, {
      actor,
      action: "tier.deleted",
      entityType: "tier",
      entityId: tierId,
      planId,
      before: tierSnapshot(before),
    });
  });
}
