import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { fewOf } from "@/lib/count";
import { planRecords } from "@/lib/bia/scope";
import { parseInput } from "@/lib/validation";
import { itemRefSchema } from "@/lib/inventories/schemas";
import { registerOf } from "@/lib/inventories/registers";
import { findPlan, itemScope, itemSnapshot } from "@/lib/inventories/scope";

/**
 * Deletes an item (the UI asks first); the audit row keeps what it held. A vendor that business
 * functions depend on is refused, naming them: it would leave their dependencies without a word
 * in their audit trail, and with it the check of its recovery time against their RTO.
 */
export async function deleteItem({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, kind, itemId } = parseInput(itemRefSchema, input);
  const register = registerOf(kind);
  return db.$transaction(async (tx) => {
    await findPlan(tx, actor, planId, { editable: true });
    const before = await tx.inventoryItem.findFirst({ where: itemScope(actor, planId, kind, itemId) });
    if (!before) throw notFound(`The ${register.noun}`);
    if (kind === "vendors") {
      // Locked, so a function saved with this vendor at the same moment is either seen here or refused by the link's foreign key.
      await tx.$queryRaw`SELECT id FROM "InventoryItem" WHERE id = ${itemId} AND "orgId" = ${actor.orgId} FOR UPDATE`;
      const functions = await tx.businessFunction.findMany({
        where: { ...planRecords(actor, planId), vendors: { some: { id: itemId } } },
        select: { name: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      if (functions.length) {
        throw new AppError(
          "CONFLICT",
          `${before.label} is a dependency of ${fewOf(functions.map((f) => f.name), 3)}. Take it out of ${functions.length === 1 ? "that function's" : "those functions'"} dependencies (Business impact analysis) first.`,
        );
      }
    }
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
