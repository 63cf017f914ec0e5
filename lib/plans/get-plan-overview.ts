import "server-only";
import type { Actor } from "@/lib/auth/context";
import type { Plan } from "@/lib/generated/prisma/client";
import { overallCompleteness, stageStatuses, type StageKey } from "@/lib/plans/stages";
import { committeeCompleteness } from "@/lib/committee/completeness";
import { risksCompleteness } from "@/lib/risks/completeness";
import { biaCompleteness } from "@/lib/bia/bia-completeness";
import { prioritiesCompleteness } from "@/lib/priorities/priorities-completeness";
import { inventoryCompleteness } from "@/lib/inventories/inventory-completeness";
import { recoveryStageCompleteness } from "@/lib/recovery/stage-completeness";
import { testsCompletenessSource } from "@/lib/exercises/tests-completeness";

export type PlanScope = { orgId: string; planId: string };
export type CompletenessSource = (scope: PlanScope) => Promise<Partial<Record<StageKey, number>>>;

/**
 * Each stage's feature reports how complete its part of the plan is. A stage with no source yet,
 * or with nothing recorded, reports 0 and shows its empty state.
 */
const SOURCES: CompletenessSource[] = [
  committeeCompleteness,
  risksCompleteness,
  biaCompleteness,
  prioritiesCompleteness,
  inventoryCompleteness,
  recoveryStageCompleteness,
  testsCompletenessSource,
];

/** The completeness of each stage of the BCM cycle for a plan the caller has already loaded. */
export async function getPlanOverview({ actor, plan }: { actor: Actor; plan: Plan }) {
  const scope = { orgId: actor.orgId, planId: plan.id };
  const parts = await Promise.all(SOURCES.map((source) => source(scope)));
  const stages = stageStatuses(Object.assign({}, ...parts));
  return { plan, stages, overall: overallCompleteness(stages) };
}
