import "server-only";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { recoveryCompleteness } from "@/lib/recovery/recovery-completeness";
import { recoveryDataCompleteness } from "@/lib/recovery/setup/completeness";

/**
 * The "recovery" stage on the overview: half for the recorded facts (locations, hosts, policies,
 * VM facts: docs/recovery-data.md), half for what the engine shows about them (protected,
 * targeted, met in every scenario: docs/recovery-dashboard.md).
 */
export const recoveryStageCompleteness: CompletenessSource = async (scope) => {
  const [data, readiness] = await Promise.all([recoveryDataCompleteness(scope), recoveryCompleteness(scope)]);
  return {
    recovery: Math.round(((data.recovery ?? 0) + (readiness.recovery ?? 0)) / 2),
    todo: { recovery: [...(data.todo?.recovery ?? []), ...(readiness.todo?.recovery ?? [])] },
  };
};
