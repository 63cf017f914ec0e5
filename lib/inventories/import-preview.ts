/**
 * What an import would do, as the preview shows it and the confirmed import reports it: the rows
 * read, and how many are added, updated, unchanged and skipped; the first rows that change
 * something, each with its fields as the register shows them (people by name, units, days as
 * "30 Apr 2028"), so a value read in the wrong unit or a day read the wrong way round is seen
 * before it is saved; and a fingerprint of exactly what would be written, which the import
 * checks again when it is confirmed (lib/inventories/import-items.ts). Pure.
 */
import { createHash } from "node:crypto";
import { displayCell, type ItemData } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";
import { labelOf } from "@/lib/inventories/item-schema";
import { skipSentences, type Skip } from "@/lib/inventories/import-repeats";
import { count } from "@/lib/count";
import type { FormState } from "@/lib/http/form-state";

/** How many changing rows, and how many skips, the preview lists; the rest are counted. */
export const PREVIEW_SHOWN = 200;

/** An item a row updates or leaves alone, as stored when the file was checked. */
export type MatchedItem = { id: string; version: number; label: string; data: ItemData };

/** Everything an import would do, row by row. */
export type ImportPlan = {
  rows: number;
  adds: { row: number; data: ItemData }[];
  updates: { row: number; item: MatchedItem; data: ItemData }[];
  unchanged: { row: number; item: MatchedItem }[];
  skips: Skip[];
  /** What was left out of the file as spreadsheet leftovers (blank rows, unnamed empty columns), in words. */
  notes: string[];
};

export type PreviewField = { label: string; from: string | null; to: string };
export type PreviewChange = { row: number; action: "add" | "update"; label: string; fields: PreviewField[] };

export type ItemImportPreview = {
  fileName: string;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  changes: PreviewChange[];
  moreChanges: number;
  skips: string[];
  notes: string[];
  /** The counts in words ("12 rows: 3 to add, …"), for the page. */
  summary: string;
  fingerprint: string;
};

/** What the import form hears back: a preview to confirm, or an import's outcome or refusal. */
export type ImportFormState = FormState & { preview?: ItemImportPreview };

/** The one value of what would be written: the rows, the items they update at their versions, and the rows skipped. */
export function planFingerprint(plan: ImportPlan): string {
  const essence = [
    plan.adds.map(({ row, data }) => [row, data]),
    plan.updates.map(({ row, item, data }) => [row, item.id, item.version, data]),
    plan.unchanged.map(({ row, item }) => [row, item.id, item.version]),
    plan.skips,
  ];
  return createHash("sha256").update(JSON.stringify(essence)).digest("hex");
}

function changeOf(register: RegisterDef, personName: (id: string) => string, change: { row: number; data: ItemData; before?: ItemData }): PreviewChange {
  const shown = (data: ItemData, key: string) => displayCell(register.fields.find((f) => f.key === key)!, data[key], personName);
  const fields = register.fields.flatMap((field): PreviewField[] => {
    const to = shown(change.data, field.key);
    if (!change.before) return to === "—" ? [] : [{ label: field.label, from: null, to }];
    const from = shown(change.before, field.key);
    return from === to ? [] : [{ label: field.label, from, to }];
  });
  return { row: change.row, action: change.before ? "update" : "add", label: labelOf(register, change.data, personName), fields };
}

export function importPreview(register: RegisterDef, { fileName, plan, personName }: { fileName: string; plan: ImportPlan; personName: (id: string) => string }): ItemImportPreview {
  const changing = [...plan.adds.map(({ row, data }) => ({ row, data })), ...plan.updates.map(({ row, item, data }) => ({ row, data, before: item.data }))].sort((a, b) => a.row - b.row);
  const counts = { rows: plan.rows, added: plan.adds.length, updated: plan.updates.length, unchanged: plan.unchanged.length, skipped: plan.skips.length };
  return {
    fileName,
    ...counts,
    summary: previewSummary(counts),
    changes: changing.slice(0, PREVIEW_SHOWN).map((change) => changeOf(register, personName, change)),
    moreChanges: Math.max(0, changing.length - PREVIEW_SHOWN),
    skips: skipSentences(plan.skips, PREVIEW_SHOWN),
    notes: plan.notes,
    fingerprint: planFingerprint(plan),
  };
}

/** "12 rows: 3 to add, 1 to update, 7 unchanged, 1 skipped." */
export function previewSummary(preview: Pick<ItemImportPreview, "rows" | "added" | "updated" | "unchanged" | "skipped">): string {
  return `${count(preview.rows, "row")}: ${preview.added} to add, ${preview.updated} to update, ${preview.unchanged} unchanged, ${preview.skipped} skipped.`;
}

/** What a confirmed import did: "Imported policies.csv: 3 added, 1 updated, 7 unchanged, 1 skipped." */
export function importedSummary(preview: Pick<ItemImportPreview, "fileName" | "added" | "updated" | "unchanged" | "skipped">): string {
  if (preview.added + preview.updated === 0) {
    return `Nothing was imported from ${preview.fileName}: the register already holds every row of it (${preview.unchanged} unchanged, ${preview.skipped} skipped).`;
  }
  return `Imported ${preview.fileName}: ${preview.added} added, ${preview.updated} updated, ${preview.unchanged} unchanged, ${preview.skipped} skipped.`;
}
