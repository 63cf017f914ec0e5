import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { impactAnalysisSchema } from "@/lib/bia/schemas";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { IMPACT_WRITES, showImpactSection } from "@/lib/bia/function-conflict";
import { checkReferences } from "@/lib/bia/references";
import { planRecordScope } from "@/lib/bia/scope";
import { functionSnapshot, storedGrid } from "@/lib/bia/function-fields";
import { storedCategories } from "@/lib/bia/impact";
import { checkGrid, impactValues } from "@/lib/bia/impact-values";

/**
 * Saves a function's details, impact grid, cost per hour and targets. The MTD may differ from what
 * the grid suggests, and the RTO may be longer than suggested, only with a reason; a reason is kept
 * only while it is needed (an RTO tighter than the suggestion needs none).
 * The grid rates only the organisation's impact categories; the stored ratings of categories it
 * has removed are kept as they are, hidden, so they show again if the category comes back.
 * Unsound targets (RTO ≥ MTD, RTO + WRT > MTD) are saved and flagged, not refused: the committee
 * may be recording the current, known-bad position. A save from an older version than the
 * stored one is refused with what changed since (docs/decisions/0007); the dependencies have
 * their own version, so saving one section never makes the other stale. A save that changes
 * nothing writes nothing: no new version, no audit row.
 */
export async function updateFunction({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  try {
    return await db.$transaction(async (tx) => {
      // The settings first: the input's reasons are checked against the targets they suggest,
      // in the same pass as its fields (impactAnalysisSchema).
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: actor.orgId },
        select: { impactHorizonsMinutes: true, intolerableRating: true, impactCategories: true },
      });
      const settings = { categories: storedCategories(org.impactCategories), horizons: org.impactHorizonsMinutes, intolerable: org.intolerableRating };
      const { planId, functionId, version, ...data } = parseInput(impactAnalysisSchema(settings), input);
      await loadEditablePlan(tx, actor, planId);
      // The plan first, then its rows: the lock order of lock-plan.ts.
      await lockPlan(tx, { orgId: actor.orgId, planId });
      const before = await tx.businessFunction.findFirst({ where: planRecordScope(actor, planId, functionId) });
      if (!before) throw notFound("The function");
      if (before.version !== version) {
        throw staleEdit(
          "this function's impact analysis",
          await describeConflict(tx, {
            actor,
            entityType: "function",
            entityId: functionId,
            actions: IMPACT_WRITES,
            startedFrom: version,
            current: { version: before.version, snapshot: functionSnapshot(before) },
            show: await showImpactSection(tx, actor, planId),
          }),
        );
      }
      await checkReferences(tx, actor, planId, data);
      checkGrid(data.impactGrid, settings.categories, org.impactHorizonsMinutes);
      const { values, suggestion } = impactValues({ data, settings, storedGrid: storedGrid(before.impactGrid) });
      if (writesNothing(before, values)) return { function: before, suggestion, changed: false };
      const { count } = await tx.businessFunction.updateMany({
        where: { ...planRecordScope(actor, planId, functionId), version },
        data: { ...values, version: { increment: 1 } },
      });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this function's impact analysis");
      const after = await tx.businessFunction.findUniqueOrThrow({ where: { id: functionId } });
      await recordAudit(tx, {
        actor,
        action: "function.updated",
        entityType: "function",
        entityId: functionId,
        planId,
        before: functionSnapshot(before),
        after: functionSnapshot(after),
      });
      return { function: after, suggestion, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "This plan already has a function with this name.");
    throw error;
  }
}
