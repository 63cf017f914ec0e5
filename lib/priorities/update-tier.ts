import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { assertTierLimitFree, assertTierNameFree, DUPLICATE_TIER } from "@/lib/priorities/tier-limit";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showTier, tierSnapshot } from "@/lib/priorities/tier-fields";
import { planRecordScope } from "@/lib/bia/scope";
import { updateTierSchema } from "@/lib/priorities/schemas";

/**
 * Edits a tier, refusing to overwrite a change someone else saved meanwhile (with what it was). A
 * save that changes nothing writes nothing: no new version, no audit row.
 */
export async function updateTier({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, tierId, version, ...data } = parseInput(updateTierSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const before = await tx.recoveryTier.findFirst({ where: planRecordScope(actor, planId, tierId) });
      if (!before) throw notFound("The tier");
      if (before.version !== version) {
        throw staleEdit(
          "this tier",
          await describeConflict(tx, {
            actor,
            entityType: "tier",
            entityId: tierId,
            actions: ["tier.updated"],
            startedFrom: version,
            current: { version: before.version, snapshot: tierSnapshot(before) },
            show: showTier,
          }),
        );
      }
      if (writesNothing(before, data)) return { ...before, changed: false };
      if (data.name !== before.name) await assertTierNameFree(tx, actor, { planId, name: data.name, tierId });
      await assertTierLimitFree(tx, actor, { planId, maxRtoMinutes: data.maxRtoMinutes, tierId });
      const { count } = await tx.recoveryTier.updateMany({
        where: { ...planRecordScope(actor, planId, tierId), version },
        data: { ...data, version: { increment: 1 } },
      });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this tier");
      const after = { ...before, ...data, version: version + 1 };
      await recordAudit(tx, { actor, action: "tier.updated", entityType: "tier", entityId: tierId, planId, before: tierSnapshot(before), after: tierSnapshot(after) });
      return { ...after, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", DUPLICATE_TIER);
    throw error;
  }
}
