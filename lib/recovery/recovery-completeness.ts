import "server-only";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { assessScope } from "@/lib/recovery/assess-scope";
import { readinessStage } from "@/lib/recovery/readiness-stage";

/** The engine's side of the "recovery" stage, from the request's one assessment (rules in readiness-stage.ts). */
export const recoveryCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const { completeness, todo } = readinessStage(await assessScope(orgId, planId));
  return { recovery: completeness, todo: { recovery: todo } };
};
