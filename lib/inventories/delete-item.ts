import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { orgNames } from "@/lib/concurrency/show-fields";
import { fewOf } from "@/lib/count";
import { planRecords } from "@/lib/bia/scope";
import { parseInput } from "@/lib/validation";
import { updateItemRefSchema } from "@/lib/inventories/schemas";
import { registerOf } from "@/lib/inventories/registers";
import { findPlan, itemScope, itemSnapshot, personNameIn } from "@/lib/inventories/scope";
import { lockPlan } from "@/lib/plans/lock-plan";
import { ITEM_WRITES, showItem } from "@/lib/inventories/item-conflict";

/**
 * Deletes an item (the UI asks first) at the version the page showed: one someone saved since is
 * not deleted, and the user is told who changed what (docs/decisions/0073). The audit row keeps
 * what it held. A vendor that business functions depend on is refused, naming them: it would
 * leave their dependencies without a word in their audit trail, and with it the check of its
 * recovery time against their RTO.
 */
export async function deleteItem({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, kind, itemId, version } = parseInput(updateItemRefSchema, input);
  const register = registerOf(kind);
  const what = `The ${register.noun}`;
  return db.$transaction(async (tx) => {
    await findPlan(tx, actor, planId, { editable: true });
    // The plan before the item (decision 74): a rename relabels the items naming the person after
    // its revision trigger took their plans (lib/inventories/relabel-person-items.ts).
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const found = await tx.inventoryItem.findFirst({ where: itemScope(actor, planId, kind, itemId) });
    const before = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what,
      entityType: "inventory_item",
      actions: ITEM_WRITES,
      snapshot: found ? itemSnapshot(found) : {},
      show: async () => showItem(register, personNameIn(await orgNames(tx, actor, "person"))),
    });
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
    deletedAtVersion(await tx.inventoryItem.deleteMany({ where: { ...itemScope(actor, planId, kind, itemId), version } }), what);
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
