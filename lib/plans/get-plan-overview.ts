import "server-only";
import type { Actor } from "@/lib/auth/context";
import type { Plan } from "@/lib/generated/prisma/client";
import { overallCompleteness, stageStatuses, type StageKey } from "@/lib/plans/stages";
import { committeeCompleteness } from "@/lib/committee/completeness";
import { risksCompleteness } from "@/lib/risks/completeness";
import { biaCompleteness } from "@/lib/bia/bia-completeness";
import { prioritiesCompleteness } from "@/lib/priorities/priorities-completeness";
import { sectionsCompleteness } from "@/lib/sections/sections-completeness";
import { inventoryCompleteness } from "@/lib/inventories/inventory-completeness";
import { recoveryStageCompleteness } from "@/lib/recovery/stage-completeness";
import { testsCompletenessSource } from "@/lib/exercises/tests-completeness";
import { approvalStage } from "@/lib/versions/approval-stage";

export type PlanScope = { orgId: string; planId: string };
/**
 * A stage's completeness (0–100) and, in `todo`, what it still lacks in short imperative
 * sentences ("Name a chair of the committee."): what the overview and the approval pages list.
 * A stage with nothing recorded lists nothing: its empty state (stages.ts) says what it needs first.
 * `outcome` is for a stage whose work is not the result (recovery): what its last assessment found.
 */
export type StageReport = Partial<Record<StageKey, number>> & { todo?: Partial<Record<StageKey, string[]>>; outcome?: Partial<Record<StageKey, string>> };
export type CompletenessSource = (scope: PlanScope) => Promise<StageReport>;

/** Several reports as one: figures and outcomes side by side, to-do lists of the same stage joined. */
function mergeReports(reports: StageReport[]) {
  const completeness: Partial<Record<StageKey, number>> = {};
  const todo: Partial<Record<StageKey, string[]>> = {};
  const outcome: Partial<Record<StageKey, string>> = {};
  for (const { todo: items, outcome: said, ...figures } of reports) {
    Object.assign(completeness, figures);
    Object.assign(outcome, said);
    for (const [key, list] of Object.entries(items ?? {}) as [StageKey, string[]][]) todo[key] = [...(todo[key] ?? []), ...list];
  }
  return { completeness, todo, outcome };
}

/**
 * Each stage's feature reports how complete its part of the plan is. A stage with nothing
 * recorded reports 0 and no to-do, and shows its empty state. The approval stage (approval-stage.ts) also says
 * where the plan stands in a sentence, so it is read beside these.
 */
const SOURCES: CompletenessSource[] = [
  committeeCompleteness,
  risksCompleteness,
  biaCompleteness,
  prioritiesCompleteness,
  sectionsCompleteness,
  inventoryCompleteness,
  recoveryStageCompleteness,
  testsCompletenessSource,
];

/** The completeness of each stage of the BCM cycle for a plan the caller has already loaded. */
export async function getPlanOverview({ actor, plan }: { actor: Actor; plan: Plan }) {
  const scope = { orgId: actor.orgId, planId: plan.id };
  const [parts, approval] = await Promise.all([Promise.all(SOURCES.map((source) => source(scope))), approvalStage({ orgId: actor.orgId, plan })]);
  const { completeness, todo, outcome } = mergeReports(parts);
  const stages = stageStatuses({ ...completeness, approval: approval.completeness }, { approval: approval.note }, todo, outcome);
  return { plan, stages, overall: overallCompleteness(stages) };
}
