import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import type { ItemData } from "@/lib/inventories/fields";
import { registerOf } from "@/lib/inventories/registers";
import { registerRefSchema } from "@/lib/inventories/schemas";
import { itemsToCsv } from "@/lib/inventories/csv-rows";
import { CSV_BOM } from "@/lib/csv/write-csv";
import { findPlan, itemsScope, personNameIn } from "@/lib/inventories/scope";
import { fileSafe } from "@/lib/slug";

/**
 * A register's items as a CSV download: UTF-8 with a BOM (so spreadsheets read accents
 * correctly), one row per item in label order, each with the item's id and version so the file
 * can be edited and imported back over the same items. Exports are audited: the file leaves the app.
 */
export async function exportItems({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "plan:export");
  const { planId, kind } = parseInput(registerRefSchema, input);
  const register = registerOf(kind);
  return db.$transaction(async (tx) => {
    const plan = await findPlan(tx, actor, planId, { editable: false });
    // One after another: a transaction's queries share one connection.
    const items = await tx.inventoryItem.findMany({ where: itemsScope(actor, planId, kind), orderBy: [{ label: "asc" }, { createdAt: "asc" }, { id: "asc" }] });
    const people = await orgNames(tx, actor, "person");
    const csv = CSV_BOM + itemsToCsv(register, items.map((i) => ({ id: i.id, version: i.version, data: i.data as ItemData })), personNameIn(people));
    await recordAudit(tx, {
      actor,
      action: "inventory.exported",
      entityType: "inventory_register",
      entityId: `${planId}:${kind}`,
      planId,
      after: { kind, rows: items.length },
    });
    return { filename: `${fileSafe(plan.name)}-${kind}-${now.toISOString().slice(0, 10)}.csv`, csv };
  });
}
