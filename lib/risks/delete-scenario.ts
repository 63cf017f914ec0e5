import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { deleteScenarioSchema } from "@/lib/risks/schemas";
import { scenarioSnapshot } from "@/lib/risks/risk-fields";
import { lockForDeletion, testsCiting } from "@/lib/exercises/tests-citing";
import { citedRefusal } from "@/lib/exercises/citing-words";

/**
 * Deletes a scenario with its links to threats and sites and where systems are restored in it.
 * Refused, changing nothing, while a test covered it: what a test covered is its record, never
 * rewritten by a deletion elsewhere (docs/decisions/0042).
 */
export async function deleteScenario({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, scenarioId } = parseInput(deleteScenarioSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = { id: scenarioId, planId, orgId: actor.orgId };
    await lockForDeletion(tx, actor, { planId, kind: "scenario", id: scenarioId });
    const scenario = await tx.scenario.findFirst({
      where,
      include: { lostSites: { select: { id: true } }, threats: { select: { id: true } } },
    });
    if (!scenario) throw notFound("The scenario");
    const tests = await testsCiting(tx, actor, { planId, kind: "scenario", id: scenarioId });
    if (tests.length) throw new AppError("CONFLICT", citedRefusal({ kind: "scenario", name: `“${scenario.name}”`, tests }));
    await tx.scenario.deleteMany({ where });
    await recordAudit(tx, {
      actor,
      action: "scenario.deleted",
      entityType: "scenario",
      entityId: scenarioId,
      planId,
      before: scenarioSnapshot(scenario, {
        lostSiteIds: scenario.lostSites.map((s) => s.id),
        threatIds: scenario.threats.map((t) => t.id),
      }),
    });
  });
}
