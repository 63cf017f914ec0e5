import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { assess, parseModel } from "@/lib/engine";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { toRecoveryModel } from "@/lib/recovery/to-model";
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
  const rows = await loadRecoveryRows(db, { orgId: actor.orgId, planId });
  const { model, unmodelled } = toRecoveryModel(rows, now);
  const parsed = parseModel(model);
  if (!parsed.ok) return { model, unmodelled, ok: false as const, issues: parsed.issues };
  return { model, unmodelled, ok: true as const, assessment: assess(parsed.model) };
}
