import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { assessPlan } from "@/lib/recovery/assess-plan";
import { buildTimeline } from "@/lib/recovery/dashboard/timeline";
import { inheritedRtoOf } from "@/lib/recovery/inherited-rto";
import { hostNames, locationNames } from "@/lib/recovery/model-names";
import { neverReadyReasons, reasonWords } from "@/lib/recovery/never-ready-reason";

/**
 * One scenario's recovery: its timeline with the critical path (and where an RTO target passed
 * down a dependency comes from, and why each system never ready is not), each system's RPO at the disaster (with the names of the locations and hosts it restores from and to), and the systems left out of
 * the assessment (with what depends on them), and the consistency groups left out with them.
 */
export async function getScenarioReadiness({ actor, planId, scenarioKey, now = new Date() }: { actor: Actor; planId: string; scenarioKey: string; now?: Date }) {
  const result = await assessPlan({ actor, planId, now });
  const [scenario, locations, hosts] = await Promise.all([
    db.scenario.findFirst({
      where: { orgId: actor.orgId, planId, key: scenarioKey },
      select: { key: true, name: true, kind: true, description: true, at: true, declareMinutes: true, containmentMinutes: true },
    }),
    locationNames(actor, planId),
    hostNames(actor, planId),
  ]);
  if (!scenario) throw notFound("The scenario");
  const leftOut = { unmodelled: result.unmodelled, incomplete: result.incomplete, cutDependencies: result.cutDependencies, groups: result.leftOutGroups };
  if (!result.ok) return { scenario, leftOut, ok: false as const, issues: result.issues };
  const assessed = result.assessment.scenarios.find((s) => s.id === scenario.key);
  if (!assessed) throw notFound("The scenario");
  const rpo = assessed.systems
    .filter((s) => s.affected)
    .map((s) => ({ system: s.id, ...s.rpo }));
  const timeline = buildTimeline(result.model, assessed);
  const inheritedRto = inheritedRtoOf(result.inheritedRto, timeline.bars.map((b) => b.system));
  const reasons = neverReadyReasons({ model: result.model, scenario: assessed, names: { hosts } });
  const neverReady = Object.fromEntries([...reasons].map(([system, reason]) => [system, reasonWords(reason)]));
  // When each affected system's restore starts, for the header (see dashboard/scenario-start.ts).
  const restoreStarts = assessed.systems.filter((s) => s.affected).map((s) => s.rto.restoreStart);
  return { scenario, leftOut, ok: true as const, restoreStarts, timeline, inheritedRto, neverReady, rpo, locationNames: locations, hostNames: hosts, groups: assessed.consistencyGroups };
}
