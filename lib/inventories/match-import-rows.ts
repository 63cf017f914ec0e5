import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { auditNames } from "@/lib/audit/audit-names";
import { formatDay } from "@/lib/days";
import type { ItemData } from "@/lib/inventories/fields";
import type { InventoryKind, RegisterDef } from "@/lib/inventories/registers";
import { ID_COLUMN, type CsvRow } from "@/lib/inventories/csv-rows";
import { sameData } from "@/lib/inventories/item-schema";
import { ITEM_WRITES } from "@/lib/inventories/item-conflict";
import { itemsScope } from "@/lib/inventories/scope";

type StoredItem = { id: string; label: string; data: ItemData; version: number };
export type ImportChanges = {
  adds: { row: number; data: ItemData }[];
  updates: { row: number; item: StoredItem; data: ItemData }[];
  unchanged: { row: number; item: StoredItem }[];
};
type Writer = { by: string | null; at: Date };

/**
 * Who last changed each of these items and when: the newest audit row of a write that bumped its
 * version. An item changed before those writes were audited per item has none.
 */
async function lastWriters(tx: Tx, actor: Pick<Actor, "orgId">, ids: string[]): Promise<Map<string, Writer>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.auditLog.findMany({
    where: { orgId: actor.orgId, entityType: "inventory_item", entityId: { in: ids }, action: { in: ITEM_WRITES } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["entityId"],
    select: { entityId: true, actorId: true, actorEmail: true, createdAt: true },
  });
  const names = await auditNames(actor.orgId, rows.flatMap((row) => (row.actorId ? [row.actorId] : [])), tx);
  return new Map(rows.map((row) => [row.entityId, { by: (row.actorId && names.get(row.actorId)) || row.actorEmail || null, at: row.createdAt }]));
}

function staleMessage(register: RegisterDef, row: number, item: StoredItem, writer: Writer | undefined): string {
  const what = `Row ${row} (“${item.label}”)`;
  const redo = "Export the register again and make your change in the new file.";
  if (!writer) return `${what}: this ${register.noun} was changed since you exported it. ${redo}`;
  const when = `${formatDay(writer.at)} at ${writer.at.toISOString().slice(11, 16)} UTC`;
  return `${what}: ${writer.by ?? "someone"} changed this ${register.noun} on ${when}, after you exported it. ${redo}`;
}

/**
 * Matches an import's rows to the register: a row without an id adds an item; a row with the id of
 * an item of this register (same organisation, plan and kind) at the version the file was exported
 * at updates it, or leaves it alone when every field is the same. An id of no item of the register
 * (deleted, another register's, another plan's or organisation's: all look the same, so nothing
 * about other records leaks) and an item changed since the export are problems of their row.
 * Items the file does not mention are not touched.
 */
export async function matchImportRows(
  tx: Tx,
  actor: Pick<Actor, "orgId">,
  { register, planId, kind, rows }: { register: RegisterDef; planId: string; kind: InventoryKind; rows: CsvRow[] },
): Promise<{ ok: true; changes: ImportChanges } | { ok: false; errors: string[] }> {
  const ids = rows.flatMap((row) => (row.ref ? [row.ref.id] : []));
  const stored =
    ids.length === 0
      ? []
      : await tx.inventoryItem.findMany({
          where: { ...itemsScope(actor, planId, kind), id: { in: ids } },
          select: { id: true, label: true, data: true, version: true },
        });
  const byId = new Map(stored.map((item) => [item.id, { ...item, data: item.data as ItemData }]));
  const staleIds = rows.flatMap((row) => {
    const item = row.ref && byId.get(row.ref.id);
    return item && item.version !== row.ref?.version ? [item.id] : [];
  });
  const writers = await lastWriters(tx, actor, staleIds);

  const errors: string[] = [];
  const changes: ImportChanges = { adds: [], updates: [], unchanged: [] };
  for (const row of rows) {
    if (!row.ref) {
      changes.adds.push({ row: row.row, data: row.data });
      continue;
    }
    const item = byId.get(row.ref.id);
    if (!item) {
      errors.push(
        `Row ${row.row}, column “${ID_COLUMN}”: the ${register.title} has no item with this ID. It may have been deleted since the export, or the row comes from another register or plan; clear the ID to add the row as a new ${register.noun}.`,
      );
    } else if (item.version !== row.ref.version) {
      errors.push(staleMessage(register, row.row, item, writers.get(item.id)));
    } else if (sameData(register, item.data, row.data)) {
      changes.unchanged.push({ row: row.row, item });
    } else {
      changes.updates.push({ row: row.row, item, data: row.data });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes };
}
