import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { planRecordScope } from "@/lib/bia/scope";
import { updateTierSchema } from "@/lib/priorities/schemas";

/** Edits a tier, conditional on the name and limit the form started from (tiers have no version). */
export async function updateTier({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, tierId, expectedName, expectedMaxRtoMinutes, ...data } = parseInput(updateTierSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const before = await tx.recoveryTier.findFirst({ where: planRecordScope(actor, planId, tierId) });
      if (!before) throw notFound("The tier");
      const { count } = await tx.recoveryTier.updateMany({
        where: { ...planRecordScope(actor, planId, tierId), name: expectedName, maxRtoMinutes: expectedMaxRtoMinutes },
        data,
      });
      if (count === 0) throw staleEdit("this tier");
      await recordAudit(tx, {
        actor,
        action: "tier.updated",
        entityType: "tier",
        entityId: tierId,
        before: { name: before.name, maxRtoMinutes: before.maxRtoMinutes, description: before.description },
        after: data,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "This plan already has a tier with this name.");
    throw error;
  }
}
