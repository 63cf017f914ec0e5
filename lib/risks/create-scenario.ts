import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { createScenarioSchema } from "@/lib/risks/schemas";
import { assertScenarioLinks, duplicateScenario, scenarioSnapshot } from "@/lib/risks/risk-fields";

/** Adds a disaster scenario (one of the organisation's disaster levels) for the recovery engine. */
export async function createScenario({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, lostSiteIds, threatIds, ...data } = parseInput(createScenarioSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await assertScenarioLinks(tx, { orgId: actor.orgId, planId }, { lostSiteIds, threatIds, lostHostKeys: data.lostHostKeys });
      const scenario = await tx.scenario.create({
        data: {
          ...data,
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
        after: scenarioSnapshot(scenario, { lostSiteIds, threatIds }),
      });
      return scenario;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await duplicateScenario({ orgId: actor.orgId, planId }, data);
    throw error;
  }
}
