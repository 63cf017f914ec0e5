import type { Shown } from "@/lib/concurrency/stale-edit";
import { cellAt } from "@/lib/csv/row-problems";
import { importFingerprint } from "@/lib/csv/import-preview";
import { nameKey } from "@/lib/csv/names";
import { staleRowMessage, type Writer } from "@/lib/csv/stale-row";

/**
 * What the planners of a CSV import into a plan's records share (the BIA's, decision 50; the
 * threat register's, decision 57): matching each row to the record its ID names or its name finds,
 * once per file; the rows whose record changed since the export, with who changed it; a name that
 * another record has; a schema's message inside a row's line; the preview's changes, field by
 * field; and the plan's counts and fingerprint. Each planner keeps how it reads its file, checks
 * a row and says what a record holds. Pure: the planners read the records and the audit rows.
 */

/** A change to one field, in the words the record's form uses. */
export type FieldChange = { label: string; from: string; to: string };
/** One row that adds or updates a record, as the preview lists it. */
export type RowChange = { row: number; name: string; kind: "add" | "update"; changes: FieldChange[] };

/** What a planned import would do: its counts, its changes, its writes, and the fingerprint its apply must match. */
export type ImportPlan<W> = {
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  changes: RowChange[];
  writes: W[];
  /** What the file would write, given what the plan holds now: an import applies only the plan its preview showed. */
  fingerprint: string;
};

/** How an import's messages name its records: "function", in "the plan", exported as "the BIA", by its column "Function". */
export type ImportedRecords<S> = {
  kind: string;
  where: string;
  exported: string;
  idColumn: string;
  nameColumn: string;
  nameOf: (stored: S) => string;
};

/** A row as matching reads it: its line in the file, and the record its ID columns name. */
type RowRef = { row: number; ref: { id: string } | null };

/**
 * The stored record each row is about, in file order: the one its ID names (refused when unknown
 * to the plan; set aside in `stale` when `isCurrent` says it changed since the export), else what
 * `byName` finds (null adds one; undefined: refused, `byName` having said why in `errors`). Each
 * record can be in the file once. Refused and stale rows are left out of `matched`.
 */
export function matchRows<R extends RowRef, S extends { id: string }>(
  rows: readonly R[],
  {
    records,
    words,
    isCurrent,
    byName,
  }: { records: readonly S[]; words: ImportedRecords<S>; isCurrent: (stored: S, ref: NonNullable<R["ref"]>) => boolean; byName: (row: R, errors: string[]) => S | null | undefined },
) {
  const byId = new Map(records.map((r) => [r.id, r]));
  const errors: string[] = [];
  const stale: { row: number; stored: S }[] = [];
  const matched: { row: R; stored: S | null }[] = [];
  const claimedBy = new Map<string, number>();
  for (const row of rows) {
    let stored: S | null | undefined;
    if (row.ref) {
      stored = byId.get(row.ref.id);
      if (!stored) {
        // Deleted, another plan's or another organisation's: all read the same, so nothing about other records leaks.
        errors.push(
          `${cellAt(row.row, words.idColumn)}: this plan has no ${words.kind} with this ID. It may have been deleted since the export, or the row comes from another plan; clear the ID to match the ${words.kind} by name.`,
        );
        continue;
      }
      if (!isCurrent(stored, row.ref as NonNullable<R["ref"]>)) {
        stale.push({ row: row.row, stored });
        continue;
      }
    } else {
      stored = byName(row, errors);
      if (stored === undefined) continue;
    }
    if (stored) {
      const first = claimedBy.get(stored.id);
      if (first !== undefined) {
        errors.push(`${cellAt(row.row, words.nameColumn)}: row ${first} is about “${words.nameOf(stored)}” too; each ${words.kind} can be in the file once.`);
        continue;
      }
      claimedBy.set(stored.id, row.row);
    }
    matched.push({ row, stored });
  }
  return { matched, stale, errors };
}

/** The refusal of a row whose name (`name`, as it would be saved) is another record's, letter case and spacing aside; null when it is not. */
export function namesakeProblem<S>(words: ImportedRecords<S>, { row, name, stored, namesakes }: { row: number; name: string; stored: S | null; namesakes: readonly S[] }): string | null {
  const other = namesakes.find((n) => n !== stored);
  if (!other || nameKey(name) === "") return null;
  return `${cellAt(row, words.nameColumn)}: ${words.where} already has a ${words.kind} called “${words.nameOf(other)}”; give the ${stored ? "renamed" : "new"} ${words.kind} another name.`;
}

/** The refusals of the rows whose record changed since the export, each saying who changed it and when (`writers`, from the audit log, by record). */
export function staleRowProblems<S extends { id: string }>(words: ImportedRecords<S>, stale: readonly { row: number; stored: S }[], writers: ReadonlyMap<string, Writer>): string[] {
  return stale.map(({ row, stored }) => staleRowMessage({ row, name: words.nameOf(stored), kind: words.kind, writer: writers.get(stored.id), exported: words.exported }));
}

/**
 * A schema's message inside a row's line: lower-cased after the column, its full stop dropped,
 * and, given the column, its label dropped when it repeats the column's ("MTD: write…" → "write…").
 */
export function inRow(message: string, column?: string): string {
  const text = column !== undefined && message.startsWith(`${column}: `) ? message.slice(column.length + 2) : message;
  const lower = /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  return lower.replace(/\.$/, "");
}

/** The fields whose words differ between two snapshots, as the record's form shows them; of a new record (no `before`), those it fills in. */
export function fieldChanges(before: Shown | null, after: Shown): FieldChange[] {
  return Object.entries(after).flatMap(([key, { label, text }]) =>
    before ? (before[key]?.text === text ? [] : [{ label, from: before[key]?.text ?? "—", to: text }]) : text === "—" ? [] : [{ label, from: "—", to: text }],
  );
}

/** A planned import's counts and fingerprint, from its writes (each of a stored record, or of a new one) and how many rows change nothing. */
export function importPlan<W extends { stored: unknown }>({
  rows,
  writes,
  unchanged,
  changes,
  fingerprintOf,
}: {
  rows: number;
  writes: W[];
  unchanged: number;
  changes: RowChange[];
  /** A write as the fingerprint takes it: with the versions of the record it read. */
  fingerprintOf: (write: W) => unknown;
}): ImportPlan<W> {
  return {
    rows,
    added: writes.filter((w) => !w.stored).length,
    updated: writes.filter((w) => w.stored).length,
    unchanged,
    changes,
    writes,
    fingerprint: importFingerprint(writes.map(fingerprintOf), unchanged),
  };
}
