import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { describeConflict, staleEdit, type Shown } from "@/lib/concurrency/stale-edit";
import { displayCell, type ItemData } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";
import { itemSnapshot } from "@/lib/inventories/scope";

/**
 * Displays an item snapshot by its register's declared fields, labelled as the item form labels
 * them and valued as the register shows them (people by name, yes/no, units), so every register
 * gets the same conflict details without declaring anything more.
 */
export function showItem(register: RegisterDef, personName: (id: string) => string) {
  return (snapshot: Record<string, unknown>): Shown => {
    const data = snapshot.data;
    if (!data || typeof data !== "object" || Array.isArray(data)) return {};
    const values = data as ItemData;
    return Object.fromEntries(register.fields.map((field) => [field.key, { label: field.label, text: displayCell(field, values[field.key], personName) }]));
  };
}

/**
 * The audited writes that bump an item's version, each with the whole item before it: a save of
 * its form, and a CSV import that changed it (one row per item, beside the import's own row).
 */
export const ITEM_WRITES = ["inventory.item_updated", "inventory.item_imported"];

/**
 * The refusal of a save of an item someone else saved since `startedFrom`: who, and what they
 * changed (docs/decisions/0007), read from the audit rows of ITEM_WRITES.
 */
export async function itemConflict(
  tx: Tx,
  actor: Pick<Actor, "orgId">,
  { register, item, startedFrom, personName }: { register: RegisterDef; item: { id: string; kind: string; label: string; data: unknown; version: number }; startedFrom: number; personName: (id: string) => string },
) {
  return staleEdit(
    `this ${register.noun}`,
    await describeConflict(tx, {
      actor,
      entityType: "inventory_item",
      entityId: item.id,
      actions: ITEM_WRITES,
      startedFrom,
      current: { version: item.version, snapshot: itemSnapshot(item) },
      show: showItem(register, personName),
    }),
  );
}
