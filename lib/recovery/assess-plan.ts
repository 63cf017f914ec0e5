import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { assessRecovery } from "@/lib/recovery/assess-recovery";
import { notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";

/**
 * Builds the plan's recovery model from the database and runs the engine on it: the same model
 * the "download model" button exports and `continuity check` reads. An invalid model returns its
 * issues (each naming its field path) instead of an assessment.
 */
export async function assessPlan({ actor, planId, now = new Date() }: { actor: Actor; planId: string; now?: Date }) {
  authorize(actor, "plan:read");
  if ((await db.plan.count({ where: planScope(actor, planId) })) === 0) throw notFound("The plan");
  return assessRecovery({ orgId: actor.orgId, planId, now, load: () => loadRecoveryRows(db, { orgId: actor.orgId, planId }) });
}
