import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { planScope } from "@/lib/plans/scope";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { toRecoveryModel } from "@/lib/recovery/to-model";
import { fileSafe } from "@/lib/slug";

/**
 * The plan's recovery model as `continuity check` reads it, for checking elsewhere (a CI, an
 * auditor's machine). Exporting is audited: the model describes the organisation's defences.
 */
export async function exportRecoveryModel({ actor, planId, now = new Date() }: { actor: Actor; planId: string; now?: Date }) {
  authorize(actor, "plan:export");
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: planScope(actor, planId), select: { id: true, name: true } });
    if (!plan) throw notFound("The plan");
    const { model, unmodelled } = toRecoveryModel(await loadRecoveryRows(tx, { orgId: actor.orgId, planId }), now);
    await recordAudit(tx, {
      actor,
      action: "recovery.model_exported",
      entityType: "plan",
      entityId: plan.id,
      planId: plan.id,
      after: { assessedAt: model.assessedAt, systems: (model.systems ?? []).length, scenarios: (model.scenarios ?? []).length, unmodelled },
    });
    return { plan, model, fileName: `${fileSafe(plan.name)}-recovery-model.json` };
  });
}
