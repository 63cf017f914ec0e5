/**
 * The rule against two alike items in a register that declares `unique` (the master vendor list:
 * name and service). Values are compared as people read them: letter case, spaces at either end
 * and runs of spaces do not make a difference ("Evans IT Ltd" is " evans  it ltd"). Pure, so the
 * rule is tested without a database; lib/inventories/refuse-duplicates.ts applies it under a lock.
 */
import { comparableText, formatCell, type ItemData } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";
import { sentence } from "@/lib/inventories/csv-rows";

/** An item of the register as stored. */
export type KeyedItem = { id: string; data: ItemData };
/** A row of an import that writes an item: an added one (no id) or an updated one. */
export type WrittenRow = { row: number; itemId: string | null; data: ItemData };

/** What identifies an item of the register, or null for a register without the rule. */
export function naturalKey(register: RegisterDef, data: ItemData): string | null {
  if (!register.unique) return null;
  return JSON.stringify(
    register.unique.keys.map((key) => {
      const field = register.fields.find((f) => f.key === key);
      return field ? comparableText(formatCell(field, data[key])) : "";
    }),
  );
}

/** The refusal, in the People register's words ("This person (same name and e-mail) is already in the register."). */
export function duplicateMessage(register: RegisterDef): string {
  return `This ${register.noun} (same ${register.unique?.what}) is already in the register.`;
}

/** The field a refusal is shown at: the first of the identifying fields. */
export function duplicateField(register: RegisterDef): string {
  return register.unique?.keys[0] ?? register.fields[0].key;
}

/** Whether saving `data` as the item `itemId` (null: a new item) would make it alike another item. */
export function isDuplicate(register: RegisterDef, stored: readonly KeyedItem[], { itemId, data }: { itemId: string | null; data: ItemData }): boolean {
  const key = naturalKey(register, data);
  return key !== null && stored.some((item) => item.id !== itemId && naturalKey(register, item.data) === key);
}

/**
 * The import rows that would leave two alike items in the register, checked against the register
 * as the import leaves it: items the file updates count with their new values, so two items that
 * swap names are fine. A row alike an item the file leaves alone is already in the register; a
 * row alike an earlier row of the file names that row. Rows that change nothing are not written,
 * so they are not among `written`.
 */
export function importDuplicates(register: RegisterDef, { stored, written }: { stored: readonly KeyedItem[]; written: readonly WrittenRow[] }): string[] {
  if (!register.unique) return [];
  const rewritten = new Set(written.flatMap((row) => (row.itemId ? [row.itemId] : [])));
  const kept = new Set(stored.filter((item) => !rewritten.has(item.id)).map((item) => naturalKey(register, item.data)));
  const column = register.fields.find((f) => f.key === duplicateField(register))?.label;
  const firstRowOf = new Map<string | null, number>();
  const errors: string[] = [];
  for (const { row, data } of written) {
    const key = naturalKey(register, data);
    const first = firstRowOf.get(key);
    if (kept.has(key)) errors.push(`Row ${row}, column “${column}”: ${sentence(duplicateMessage(register))}`);
    else if (first !== undefined) errors.push(`Row ${row}, column “${column}”: row ${first} has the same ${register.unique.what}; each ${register.noun} is listed once`);
    else firstRowOf.set(key, row);
  }
  return errors;
}
