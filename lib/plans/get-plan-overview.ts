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
import { approvalStage } from "@/lib/versions/approval-stage";

export type PlanScope = { orgId: string; planId: string };
export type CompletenessSource = (scope: PlanScope) => Promise<Partial<Record<StageKey, number>>>;

/**
 * Each stage's feature reports how complete its part of the plan is. A stage with nothing
 * recorded reports 0 and shows its empty state. The approval stage (approval-stage.ts) also says
 * where the plan stands in a sentence, so it is read beside these.
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
  const [parts, approval] = await Promise.all([Promise.all(SOURCES.map((source) => source(scope))), approvalStage({ orgId: actor.orgId, plan })]);
  const stages = stageStatuses({ ...Object.assign({}, ...parts), approval: approval.completeness }, { approval: approval.note });
  return { plan, stages, overall: overallCompleteness(stages) };
}
