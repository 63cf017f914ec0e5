import "server-only";
import type { Actor } from "@/lib/auth/context";
import { getPlan } from "@/lib/plans/get-plan";
import { overallCompleteness, stageStatuses } from "@/lib/plans/stages";

/**
 * A plan with the completeness of each stage of the BCM cycle. The stages' own data arrives with
 * their features; until then every stage reports 0 and shows its empty state.
 */
export async function getPlanOverview({ actor, planId }: { actor: Actor; planId: string }) {
  const plan = await getPlan({ actor, planId });
  const stages = stageStatuses({});
  return { plan, stages, overall: overallCompleteness(stages) };
}
