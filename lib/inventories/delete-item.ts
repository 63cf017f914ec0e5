import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { itemRefSchema } from "@/lib/inventories/schemas";
import { registerOf } from "@/lib/inventories/registers";
import { findPlan, itemScope, itemSnapshot } from "@/lib/inventories/scope";

/** Deletes an item (the UI asks first); the audit row keeps what it held. */
export async function deleteItem({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, kind, itemId } = parseInput(itemRefSchema, input);
  const register = registerOf(kind);
  return db.$transaction(async (tx) => {
    await findPlan(tx, actor, planId, { editable: true });
    const before = await tx.inventoryItem.findFirst({ where: itemScope(actor, planId, kind, itemId) });
    if (!before) throw notFound(`The ${register.noun}`);
    await tx.inventoryItem.deleteMany({ where: itemScope(actor, planId, kind, itemId) });
    await recordAudit(tx, {
      actor,
      action: "inventory.item_deleted",
      entityType: "inventory_item",
      entityId: itemId,
      planId,
      before: itemSnapshot(before),
    });
    return before;
  });
}
