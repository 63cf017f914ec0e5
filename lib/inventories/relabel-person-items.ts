import "server-only";
import type { Tx } from "@/lib/db/client";
import { orgNames } from "@/lib/concurrency/show-fields";
import type { ItemData } from "@/lib/inventories/fields";
import { labelOf } from "@/lib/inventories/item-schema";
import { isInventoryKind, registerOf } from "@/lib/inventories/registers";
import { personNameIn } from "@/lib/inventories/scope";

/**
 * Writes again the labels of the organisation's register items that name one of `personIds` in a
 * label field (the call list's "1 — Priya Shah"), after they were renamed or deleted, in the same
 * transaction. The label is stored to sort and search lists in the database, and was written only
 * when the item was: a rename left the call list naming, sorted and found by, someone who no longer
 * goes by that name. The label is computed by labelOf, as an item's save does, so the two cannot
 * differ; a deleted person reads as the item's page shows them, "(removed person)".
 *
 * Only the label column is written, in SQL: the item keeps its version and its `updatedAt`. A label
 * is not data anyone edits or sees in the item's form, so a form opened before the rename still
 * saves (it would otherwise be refused as stale, with no change to show), and the item is no
 * fresher for its review (lib/inventories/staleness.ts) than before. The plans holding the items
 * are locked already, by the person's own revision trigger, before these rows (decision 74).
 */
export async function relabelPersonItems(tx: Tx, { orgId, personIds }: { orgId: string; personIds: readonly string[] }): Promise<void> {
  if (!personIds.length) return;
  // Matched in the JSON as the person's uses and revision trigger match them (docs/decisions/0005);
  // in one query, as an import may rename thousands.
  const patterns = personIds.map((id) => `%"${id}"%`);
  const items = await tx.$queryRaw<{ id: string; kind: string; data: ItemData; label: string }[]>`
    SELECT id, kind, data, label FROM "InventoryItem"
    WHERE "orgId" = ${orgId} AND data::text LIKE ANY(${patterns}::text[])
    ORDER BY id`;
  const people = new Set(personIds);
  const named = items.flatMap((item) => {
    if (!isInventoryKind(item.kind)) return [];
    const register = registerOf(item.kind);
    const personFields = register.fields.filter((f) => f.type === "person" && register.labelFields.includes(f.key));
    return personFields.some((f) => people.has(String(item.data[f.key]))) ? [{ item, register }] : [];
  });
  if (!named.length) return;
  const personName = personNameIn(await orgNames(tx, { orgId }, "person"));
  const changed = named.flatMap(({ item, register }) => {
    const label = labelOf(register, item.data, personName);
    return label === item.label ? [] : [{ id: item.id, label }];
  });
  if (!changed.length) return;
  // One statement however many items a People import relabels.
  await tx.$executeRaw`
    UPDATE "InventoryItem" i SET label = x.label
    FROM unnest(${changed.map((c) => c.id)}::text[], ${changed.map((c) => c.label)}::text[]) AS x(id, label)
    WHERE i.id = x.id AND i."orgId" = ${orgId}`;
}
