import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import type { RegisterDef } from "@/lib/inventories/registers";
import { fileProblem, readCsvUpload } from "@/lib/csv/read-upload";
import { csvToItems, sentence } from "@/lib/inventories/csv-rows";
import { findPlan, personNameIn, planVersions, versionIssues } from "@/lib/inventories/scope";
import { matchImportRows } from "@/lib/inventories/match-import-rows";
import { importDuplicates } from "@/lib/inventories/duplicates";
import { lockedItems, registerItems } from "@/lib/inventories/refuse-duplicates";
import { skipRepeats } from "@/lib/inventories/import-repeats";
import type { ImportPlan } from "@/lib/inventories/import-preview";

const MAX_LISTED_ERRORS = 50;

/** The chosen file's name and text, or a problem with the file as a whole. */
export const readCsvFile = (file: unknown) => readCsvUpload(file, { example: "one exported from this register" });

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
