import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { deleteScenarioSchema } from "@/lib/risks/schemas";
import { scenarioSnapshot } from "@/lib/risks/risk-fields";

export async function deleteScenario({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, scenarioId } = parseInput(deleteScenarioSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = { id: scenarioId, planId, orgId: actor.orgId };
    const scenario = await tx.scenario.findFirst({
      where,
      include: { lostSites: { select: { id: true } }, threats: { select: { id: true } } },
    });
    if (!scenario) throw notFound("The scenario");
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
