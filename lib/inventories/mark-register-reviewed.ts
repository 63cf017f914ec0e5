import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { registerRefSchema } from "@/lib/inventories/schemas";
import { findPlan } from "@/lib/inventories/scope";

/** Records that someone reviewed a register today, which clears its stale flag for a period. */
export async function markRegisterReviewed({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "plan:edit");
  const { planId, kind } = parseInput(registerRefSchema, input);
  return db.$transaction(async (tx) => {
    await findPlan(tx, actor, planId, { editable: true });
    const before = await tx.inventoryRegister.findUnique({ where: { planId_kind: { planId, kind }, orgId: actor.orgId } });
    const register = await tx.inventoryRegister.upsert({
      where: { planId_kind: { planId, kind }, orgId: actor.orgId },
      create: { orgId: actor.orgId, planId, kind, lastReviewedAt: now },
      update: { lastReviewedAt: now },
    });
    await recordAudit(tx, {
      actor,
      action: "inventory.reviewed",
      entityType: "inventory_register",
      entityId: register.id,
      planId,
      before: { kind, lastReviewedAt: before?.lastReviewedAt?.toISOString() ?? null },
      after: { kind, lastReviewedAt: now.toISOString() },
    });
    return register;
  });
}
