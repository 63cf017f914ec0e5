/**
 * The rows of an import that would add an item the register already holds: a new row (no
 * Continuity ID) identical in every field, as an export writes them (sameData), to an item of the
 * register or to another row of the file. Such a row is skipped and said so, never added twice:
 * importing the same file again, or a file in which a spreadsheet repeated a row, adds each item
 * once. Pure, so the rule is tested without a database.
 */
import { formatCell, type ItemData } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";
import { count } from "@/lib/count";

/** An item of the register as stored. */
export type StoredEntry = { id: string; label: string; data: ItemData };
/** A row that adds an item, or that updates (or leaves) the item `itemId` with its data. */
export type AddRow = { row: number; data: ItemData };
export type UpdateRow = { row: number; itemId: string; data: ItemData };

/** Why a row is skipped: it repeats another row of the file, or an item the register keeps. */
export type Skip = { row: number; repeatsRow: number } | { row: number; itemLabel: string };

/** Every field as an export writes it, so a row reads as the same item whatever the spreadsheet did to empty cells. */
function keyOf(register: RegisterDef, data: ItemData): string {
  return JSON.stringify(register.fields.map((field) => formatCell(field, data[field.key])));
}

/**
 * The adds to make and the rows to skip, compared with the register as the import leaves it: the
 * items the file does not rewrite as stored ("already in the register"), the rows that update
 * (or match) an item with their data, and the new rows before each one ("repeats row 2").
 */
export function skipRepeats(
  register: RegisterDef,
  { stored, adds, updates }: { stored: readonly StoredEntry[]; adds: readonly AddRow[]; updates: readonly UpdateRow[] },
): { adds: AddRow[]; skips: Skip[] } {
  const rewritten = new Set(updates.map((row) => row.itemId));
  const kept = new Map<string, string>();
  for (const item of stored) {
    const key = keyOf(register, item.data);
    if (!rewritten.has(item.id) && !kept.has(key)) kept.set(key, item.label);
  }
  const rowOf = new Map<string, number>();
  for (const { row, data } of updates) {
    const key = keyOf(register, data);
    if (!rowOf.has(key)) rowOf.set(key, row);
  }
  const added: AddRow[] = [];
  const skips: Skip[] = [];
  for (const add of adds) {
    const key = keyOf(register, add.data);
    const itemLabel = kept.get(key);
    const repeatsRow = rowOf.get(key);
    if (itemLabel !== undefined) skips.push({ row: add.row, itemLabel });
    else if (repeatsRow !== undefined) skips.push({ row: add.row, repeatsRow });
    else {
      rowOf.set(key, add.row);
      added.push(add);
    }
  }
  return { adds: added, skips };
}

/** "Row 5 repeats row 2 and is skipped.", "Row 7 is already in the register as “Aviva — BI-100” and is skipped." */
export function skipSentence(skip: Skip): string {
  if ("repeatsRow" in skip) return `Row ${skip.row} repeats row ${skip.repeatsRow} and is skipped.`;
  return `Row ${skip.row} is already in the register as “${skip.itemLabel || "(no label)"}” and is skipped.`;
}

/** The first `shown` skips in words, then how many more. */
export function skipSentences(skips: readonly Skip[], shown: number): string[] {
  const listed = skips.slice(0, shown).map(skipSentence);
  const more = skips.length - listed.length;
  return more > 0 ? [...listed, `${count(more, "more row")} ${more === 1 ? "is" : "are"} skipped as already there.`] : listed;
}
