import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { createScenarioSchema } from "@/lib/risks/schemas";
import { assertScenarioLinks, assertScenarioNameFree, duplicateScenario, scenarioSnapshot } from "@/lib/risks/risk-fields";
import { newKey, retryKeyClash } from "@/lib/recovery/new-key";

/**
 * Adds a disaster scenario (one of the organisation's disaster levels) for the recovery engine. Its
 * id (key) left blank is made from its name.
 */
export async function createScenario({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, lostSiteIds, threatIds, key: typedKey, ...data } = parseInput(createScenarioSchema, input);
  const scope = { orgId: actor.orgId, planId };
  // The key tried last, for the message when the plan's unique index refuses it.
  let key = typedKey ?? "";
  try {
    return await retryKeyClash(!typedKey, () => db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      // The plan first (decision 74): lost hosts are named by key, with no foreign key, so only the
      // plan's lock keeps a host from being deleted between the check below and this save's commit.
      await lockPlan(tx, { orgId: actor.orgId, planId });
      await assertScenarioLinks(tx, scope, { lostSiteIds, threatIds, lostHostKeys: data.lostHostKeys });
      await assertScenarioNameFree(tx, scope, { name: data.name });
      key = typedKey ?? (await newKey(tx, "scenario", scope, data.name));
      const scenario = await tx.scenario.create({
        data: {
          ...data,
          key,
          orgId: actor.orgId,
          planId,
          lostSites: { connect: lostSiteIds.map((id) => ({ id })) },
          threats: { connect: threatIds.map((id) => ({ id })) },
        },
      });
      await recordAudit(tx, {
        actor,
        action: "scenario.created",
        entityType: "scenario",
        entityId: scenario.id,
        planId,
        after: scenarioSnapshot(scenario, { lostSiteIds, threatIds }),
      });
      return scenario;
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw await duplicateScenario(scope, { key });
    throw error;
  }
}
