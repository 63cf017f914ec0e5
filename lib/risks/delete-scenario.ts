import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { parseInput } from "@/lib/validation";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { deleteScenarioSchema } from "@/lib/risks/schemas";
import { scenarioSnapshot, showScenario } from "@/lib/risks/risk-fields";
import { lockForDeletion, testsCiting } from "@/lib/exercises/tests-citing";
import { citedRefusal } from "@/lib/exercises/citing-words";

/**
 * Deletes a scenario with its links to threats and sites and where systems are restored in it.
 * Refused, changing nothing, while a test covered it: what a test covered is its record, never
 * rewritten by a deletion elsewhere (docs/decisions/0042). The delete names the version the page
 * showed: a scenario someone saved since is not deleted, and the user is told who changed what
 * (docs/decisions/0073).
 */
export async function deleteScenario({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, scenarioId, version } = parseInput(deleteScenarioSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = { id: scenarioId, planId, orgId: actor.orgId };
    await lockForDeletion(tx, actor, { planId, kind: "scenario", id: scenarioId });
    const found = await tx.scenario.findFirst({
      where,
      include: { lostSites: { select: { id: true } }, threats: { select: { id: true } } },
    });
    const links = (s: NonNullable<typeof found>) => ({ lostSiteIds: s.lostSites.map((site) => site.id), threatIds: s.threats.map((t) => t.id) });
    const scenario = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The scenario",
      entityType: "scenario",
      actions: ["scenario.updated"],
      snapshot: found ? scenarioSnapshot(found, links(found)) : {},
      show: () => showScenario(tx, actor, planId),
    });
    const tests = await testsCiting(tx, actor, { planId, kind: "scenario", id: scenarioId });
    if (tests.length) throw new AppError("CONFLICT", citedRefusal({ kind: "scenario", name: `“${scenario.name}”`, tests }));
    deletedAtVersion(await tx.scenario.deleteMany({ where: { ...where, version } }), "The scenario");
    await recordAudit(tx, {
      actor,
      action: "scenario.deleted",
      entityType: "scenario",
      entityId: scenarioId,
      planId,
      before: scenarioSnapshot(scenario, links(scenario)),
    });
  });
}
