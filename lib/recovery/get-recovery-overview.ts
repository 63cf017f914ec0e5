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
  if (!result.ok) return { modelled, unmodelled: result.unmodelled, ok: false as const, issues: result.issues.length };
  return { modelled, unmodelled: result.unmodelled, ok: true as const, ages: ageSummary(result.assessment) };
}
