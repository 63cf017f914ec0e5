import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import type { RegisterDef } from "@/lib/inventories/registers";
import { importFileSizeProblem } from "@/lib/inventories/schemas";
import { csvToItems, sentence } from "@/lib/inventories/csv-rows";
import { findPlan, personNameIn, planVersions, versionIssues } from "@/lib/inventories/scope";
import { matchImportRows } from "@/lib/inventories/match-import-rows";
import { importDuplicates } from "@/lib/inventories/duplicates";
import { lockedItems, registerItems } from "@/lib/inventories/refuse-duplicates";
import { skipRepeats } from "@/lib/inventories/import-repeats";
import type { ImportPlan } from "@/lib/inventories/import-preview";

const CSV_TYPES = ["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];
const MAX_LISTED_ERRORS = 50;

/** A problem with the file as a whole: shown at the file field, beside what it means ("Nothing was imported."), not "Some fields need attention." */
export const fileProblem = (message: string) => new AppError("VALIDATION", "Nothing was imported.", { file: message });

/** The chosen file's name and text, or a problem with the file as a whole. */
export async function readCsvFile(file: unknown): Promise<{ name: string; text: string }> {
  // A form sent with no file chosen carries an empty, unnamed file.
  const name = file instanceof File ? file.name : "";
  if (!(file instanceof Blob) || (file.size === 0 && name === "")) throw fileProblem("Choose a CSV file to import.");
  if (!name.toLowerCase().endsWith(".csv") || !CSV_TYPES.includes(file.type)) {
    throw fileProblem("Choose a CSV file (.csv), for example one exported from this register.");
  }
  const sizeProblem = importFileSizeProblem(file.size);
  if (sizeProblem) throw fileProblem(sizeProblem);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw fileProblem("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.");
  }
  // Postgres cannot store a NUL character: refuse it here rather than fail when saving.
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    throw fileProblem(`Line ${text.slice(0, nul).split("\n").length} of the file holds a NUL character, which is not text. Save it as “CSV UTF-8” and try again.`);
  }
  return { name, text };
}

function rowProblems(errors: string[]): AppError {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  if (errors.length > listed.length) listed.push(`…and ${errors.length - listed.length} more.`);
  const problems = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  return new AppError("VALIDATION", `Nothing was imported: the file has ${problems}.`, Object.fromEntries(listed.map((message, index) => [`import.${index}`, message])));
}

/**
 * What importing `text` into the register would do, row by row, checked against the register as
 * the transaction reads it: the file's own problems first (its columns and every cell), then the
 * plan's versions, the rows' Continuity IDs and versions, the rows that repeat an item already
 * there (skipped) and the rows that would leave two alike items (refused). Any problem is thrown,
 * every one listed by row and column; nothing is written. `lock`: read the register under its
 * write lock, as the confirmed import does, so that two imports of one file at once cannot both
 * find its rows missing.
 */
export async function planItemImport(
  tx: Tx,
  actor: Actor,
  { planId, register, text, lock }: { planId: string; register: RegisterDef; text: string; lock: boolean },
): Promise<{ plan: ImportPlan; personName: (id: string) => string }> {
  await findPlan(tx, actor, planId, { editable: true });
  const people = await orgNames(tx, actor, "person");
  const read = csvToItems(register, text, people);
  if (!read.ok) throw rowProblems(read.errors);
  if (read.rows.length === 0) throw fileProblem("The file has a header row but no items.");
  const versions = (await planVersions(tx, actor, planId)).map((v) => v.number);
  const unknownVersions = read.rows.flatMap(({ row, data }) =>
    versionIssues(register, data, versions).map((issue) => `Row ${row}, column “${register.fields.find((f) => f.key === issue.key)?.label}”: ${sentence(issue.message)}`),
  );
  if (unknownVersions.length > 0) throw rowProblems(unknownVersions);
  const matched = await matchImportRows(tx, actor, { register, planId, kind: register.kind, rows: read.rows });
  if (!matched.ok) throw rowProblems(matched.errors);
  const { updates, unchanged } = matched.changes;
  const stored = lock ? await lockedItems(tx, actor, register, planId) : await registerItems(tx, actor, register, planId);
  const { adds, skips } = skipRepeats(register, {
    stored,
    adds: matched.changes.adds,
    updates: updates.map(({ row, item, data }) => ({ row, itemId: item.id, data })),
  });
  // In the file's order, so a row alike an earlier one names the earlier one.
  const written = [...adds.map(({ row, data }) => ({ row, itemId: null, data })), ...updates.map(({ row, item, data }) => ({ row, itemId: item.id, data }))].sort((a, b) => a.row - b.row);
  const duplicates = importDuplicates(register, { stored, written });
  if (duplicates.length > 0) throw rowProblems(duplicates);
  return { plan: { rows: read.rows.length, adds, updates, unchanged, skips, notes: read.notes }, personName: personNameIn(people) };
}
