import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { createTierSchema } from "@/lib/priorities/schemas";
import { assertTierLimitFree, assertTierNameFree, DUPLICATE_TIER } from "@/lib/priorities/tier-limit";

/** Defines a recovery tier: functions whose RTO is within its limit fall into it. Its limit is its own. */
export async function createTier({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, ...data } = parseInput(createTierSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await assertTierNameFree(tx, actor, { planId, name: data.name });
      await assertTierLimitFree(tx, actor, { planId, maxRtoMinutes: data.maxRtoMinutes });
      const tier = await tx.recoveryTier.create({ data: { ...data, planId, orgId: actor.orgId } });
      await recordAudit(tx, { actor, action: "tier.created", entityType: "tier", entityId: tier.id, planId, after: data });
      return tier;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", DUPLICATE_TIER);
    throw error;
  }
}
