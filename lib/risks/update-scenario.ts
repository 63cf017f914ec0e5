import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { idSet, sameSnapshot, writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { updateScenarioSchema } from "@/lib/risks/schemas";
import { assertScenarioLinks, assertScenarioNameFree, duplicateScenario, scenarioSnapshot, showScenario } from "@/lib/risks/risk-fields";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";

/**
 * Edits a scenario and the sites and threats it names, refusing to overwrite a change someone else
 * saved meanwhile. A save that changes none of them writes nothing: no new version, no audit row.
 */
export async function updateScenario({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, scenarioId, version, lostSiteIds, threatIds, ...data } = parseInput(updateScenarioSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      // The plan first (decision 74): lost hosts are named by key, with no foreign key, so only the
      // plan's lock keeps a host from being deleted between the check below and this save's commit.
      await lockPlan(tx, { orgId: actor.orgId, planId });
      const where = { id: scenarioId, planId, orgId: actor.orgId };
      const before = await tx.scenario.findFirst({
        where,
        include: { lostSites: { select: { id: true } }, threats: { select: { id: true } } },
      });
      if (!before) throw notFound("The scenario");
      const links = { lostSiteIds: before.lostSites.map((s) => s.id), threatIds: before.threats.map((t) => t.id) };
      if (before.version !== version) {
        throw staleEdit(
          "this scenario",
          await describeConflict(tx, {
            actor,
            entityType: "scenario",
            entityId: scenarioId,
            actions: ["scenario.updated"],
            startedFrom: version,
            current: { version: before.version, snapshot: scenarioSnapshot(before, links) },
            show: await showScenario(tx, actor, planId),
          }),
        );
      }
      await assertScenarioLinks(tx, { orgId: actor.orgId, planId }, { lostSiteIds, threatIds, lostHostKeys: data.lostHostKeys });
      await assertScenarioNameFree(tx, { orgId: actor.orgId, planId }, { name: data.name, scenarioId });
      const asSets = (links: { lostSiteIds: string[]; threatIds: string[] }) => ({ lostSiteIds: idSet(links.lostSiteIds), threatIds: idSet(links.threatIds) });
      if (writesNothing({ ...before, lostHostKeys: idSet(before.lostHostKeys) }, { ...data, lostHostKeys: idSet(data.lostHostKeys) }) && sameSnapshot(asSets(links), asSets({ lostSiteIds, threatIds }))) {
        return { ...before, changed: false };
      }
      const { count } = await tx.scenario.updateMany({ where: { ...where, version }, data: { ...data, version: { increment: 1 } } });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this scenario");
      // The version check above has claimed the row; the links follow in the same transaction.
      const after = await tx.scenario.update({
        where: { id: scenarioId },
        data: { lostSites: { set: lostSiteIds.map((id) => ({ id })) }, threats: { set: threatIds.map((id) => ({ id })) } },
      });
      await recordAudit(tx, {
        actor,
        action: "scenario.updated",
        entityType: "scenario",
        entityId: scenarioId,
        planId,
        before: scenarioSnapshot(before, links),
        after: scenarioSnapshot(after, { lostSiteIds, threatIds }),
      });
      return { ...after, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await duplicateScenario({ orgId: actor.orgId, planId }, { key: data.key, id: scenarioId });
    throw error;
  }
}
