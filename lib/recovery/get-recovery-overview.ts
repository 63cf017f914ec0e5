import "server-only";
import type { Actor } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/context";
import { ageSummary } from "@/lib/recovery/dashboard/ages";
import { assessScope } from "@/lib/recovery/assess-scope";

/** Current restore-point ages for the plan overview (the caller has loaded the plan in scope). */
export async function getRecoveryOverview({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const result = await assessScope(actor.orgId, planId);
  const modelled = (result.model.systems ?? []).length;
  const leftOut = { unmodelled: result.unmodelled, incomplete: result.incomplete, cutDependencies: result.cutDependencies, groups: result.leftOutGroups };
  if (!result.ok) return { modelled, ...leftOut, ok: false as const, issues: result.issues.length };
  return { modelled, ...leftOut, ok: true as const, ages: ageSummary(result.assessment) };
}
