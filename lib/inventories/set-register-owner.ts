import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { setOwnerSchema } from "@/lib/inventories/schemas";
import { findPlan } from "@/lib/inventories/scope";

/** Names the Person responsible for keeping a register current (or nobody). */
export async function setRegisterOwner({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, kind, ownerId } = parseInput(setOwnerSchema, input);
  return db.$transaction(async (tx) => {
    await findPlan(tx, actor, planId, { editable: true });
    if (ownerId && !(await tx.person.findFirst({ where: { id: ownerId, orgId: actor.orgId }, select: { id: true } }))) {
      throw invalid("ownerId", "Choose someone from the list.");
    }
    const before = await tx.inventoryRegister.findUnique({ where: { planId_kind: { planId, kind }, orgId: actor.orgId } });
    const register = await tx.inventoryRegister.upsert({
      where: { planId_kind: { planId, kind }, orgId: actor.orgId },
      create: { orgId: actor.orgId, planId, kind, ownerId: ownerId || null },
      update: { ownerId: ownerId || null },
    });
    await recordAudit(tx, {
      actor,
      action: "inventory.owner_set",
      entityType: "inventory_register",
      entityId: register.id,
      planId,
      before: { kind, ownerId: before?.ownerId ?? null },
      after: { kind, ownerId: register.ownerId },
    });
    return register;
  });
}
