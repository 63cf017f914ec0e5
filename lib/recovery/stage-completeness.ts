import "server-only";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { recoveryCompleteness } from "@/lib/recovery/recovery-completeness";
import { recoveryDataCompleteness } from "@/lib/recovery/setup/completeness";
import { assessScope } from "@/lib/recovery/assess-scope";
import { outcomeOf, outcomeWords } from "@/lib/recovery/recovery-outcome";

/**
 * The "recovery" stage on the overview: half for the recorded facts (locations, hosts, policies,
 * VM facts: docs/recovery-data.md), half for what the engine shows about them (protected,
 * targeted, met in every scenario: docs/recovery-dashboard.md). The figure is how far that work
 * has got, not whether the business could recover, so the outcome of the same assessment (shared
 * through `assessScope`) is said beside it in words.
 */
export const recoveryStageCompleteness: CompletenessSource = async (scope) => {
  const assessing = assessScope(scope.orgId, scope.planId);
  // The readiness share waits for the assessment, so it reuses it (assess-recovery.ts) even where React's cache does not apply.
  const [data, readiness, assessed] = await Promise.all([recoveryDataCompleteness(scope), assessing.then(() => recoveryCompleteness(scope)), assessing]);
  return {
    recovery: Math.round(((data.recovery ?? 0) + (readiness.recovery ?? 0)) / 2),
    todo: { recovery: [...(data.todo?.recovery ?? []), ...(readiness.todo?.recovery ?? [])] },
    outcome: { recovery: outcomeWords(outcomeOf(assessed)) },
  };
};
