/**
 * The BIA as CSV and back (docs/decisions/0050): one row per business function, its fields by the
 * labels the pages use, one column per impact category and outage length of the organisation
 * ("Financial @ 4 h") holding the rating's word, the dependencies by name separated by ";", and
 * the three columns that carry the function's identity (its id and the versions of its two
 * sections), so a file exported, edited in a spreadsheet and imported back updates the functions
 * it came from. Reading checks the file's shape and each cell's form, and reports every problem
 * as "Row N, column “Label”: …" (row 1 is the header, as a spreadsheet numbers them); names and
 * what the function's schema says are checked against the plan by the import (lib/bia/plan-function-import.ts).
 */
import { CsvSyntaxError, readCsv } from "@/lib/csv/read-csv";
import { neutraliseFormula, restoreFormula, writeCsv } from "@/lib/csv/write-csv";
import { nameKey } from "@/lib/csv/names";
import { durationInput, formatDuration, parseDuration } from "@/lib/durations";
import { IMPACT_RATINGS, RATING_LABELS, type ImpactCategory, type ImpactGrid, type ImpactRating } from "@/lib/bia/impact";

export const MAX_IMPORT_ROWS = 2000;

export const ID_COLUMN = "Continuity ID";
export const VERSION_COLUMN = "Continuity version";
export const DEPENDENCIES_VERSION_COLUMN = "Continuity dependencies version";

/** The function's own fields, in the order an export writes them. */
export const FIELD_COLUMNS = [
  { key: "name", label: "Function" },
  { key: "department", label: "Department" },
  { key: "product", label: "Product or service" },
  { key: "description", label: "Description" },
  { key: "costPerHour", label: "Cost per hour" },
  { key: "mtd", label: "MTD" },
  { key: "rto", label: "RTO" },
  { key: "rpo", label: "RPO" },
  { key: "wrt", label: "WRT" },
  { key: "mtdOverrideReason", label: "Why the MTD differs from the suggestion" },
  { key: "rtoOverrideReason", label: "Why the RTO is longer than the suggestion" },
] as const;

/** What the function depends on, by name, after the impact columns. Vital records are one per line, as the form takes them. */
export const DEPENDENCY_COLUMNS = [
  { key: "systems", label: "IT systems", kind: "IT system" },
  { key: "keyPeople", label: "Key people", kind: "person" },
  { key: "vendors", label: "Vendors", kind: "vendor" },
  { key: "facilities", label: "Facilities", kind: "facility" },
  { key: "vitalRecords", label: "Vital records", kind: "vital record" },
] as const;

export type FieldKey = (typeof FIELD_COLUMNS)[number]["key"];
export type DependencyKey = (typeof DEPENDENCY_COLUMNS)[number]["key"];
export type ColumnKey = FieldKey | DependencyKey;

const COLUMNS: readonly { key: ColumnKey; label: string }[] = [...FIELD_COLUMNS, ...DEPENDENCY_COLUMNS];

/** The organisation's grid: its categories (in its order) and outage lengths. */
export type GridShape = { categories: readonly ImpactCategory[]; horizons: readonly number[] };
export type ImpactColumn = { category: string; minutes: number; label: string };

export const impactColumnLabel = (category: string, minutes: number) => `${category} @ ${formatDuration(minutes)}`;

/** One column per category and outage length, category by category. */
export function impactColumns({ categories, horizons }: GridShape): ImpactColumn[] {
  return categories.flatMap(({ key, label }) => horizons.map((minutes) => ({ category: key, minutes, label: impactColumnLabel(label, minutes) })));
}

export function biaHeader(shape: GridShape): string[] {
  return [...FIELD_COLUMNS.map((c) => c.label), ...impactColumns(shape).map((c) => c.label), ...DEPENDENCY_COLUMNS.map((c) => c.label), ID_COLUMN, VERSION_COLUMN, DEPENDENCIES_VERSION_COLUMN];
}

/**
 * A target in the words the pages use ("4 h", "1 day") when they read back as the same minutes,
 * else as the form's field shows it ("90min"): the pages' "1 h 30 min" is not a duration one can type.
 */
export function targetCell(minutes: number | null): string {
  if (minutes === null) return "";
  const words = formatDuration(minutes);
  return parseDuration(words) === minutes ? words : durationInput(minutes);
}

/** Vital records in a cell: one per line. */
export const splitLines = (cell: string) => cell.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);


export type ExportedFunction = { id: string; version: number; dependenciesVersion: number; cells: Record<ColumnKey, string>; grid: ImpactGrid };

export function functionsToCsv(shape: GridShape, functions: readonly ExportedFunction[]): string {
  const impact = impactColumns(shape);
  const rows = functions.map((f) => {
    const rating = (c: ImpactColumn) => {
      const value = f.grid[c.category]?.[String(c.minutes)];
      return value ? RATING_LABELS[value] : "";
    };
    return [
      ...FIELD_COLUMNS.map((c) => f.cells[c.key]),
      ...impact.map(rating),
      ...DEPENDENCY_COLUMNS.map((c) => f.cells[c.key]),
      f.id,
      String(f.version),
      String(f.dependenciesVersion),
    ];
  });
  return writeCsv([biaHeader(shape), ...rows].map((row) => row.map(neutraliseFormula)));
}

/** The function a row updates, with the versions of its two sections the file was exported at. */
export type FunctionRef = { id: string; version: number; dependenciesVersion: number };
/** A rating set by the row: null clears the cell. */
export type RowRating = { category: string; minutes: number; rating: ImpactRating | null; column: string };
/**
 * One row of an import: the cells of the columns the file has (a column it lacks leaves that
 * field of an updated function as it is), its ratings, and the function it names by id.
 */
export type BiaCsvRow = { row: number; cells: Partial<Record<ColumnKey, string>>; ratings: RowRating[]; ref: FunctionRef | null };
export type BiaCsvRead = { ok: true; rows: BiaCsvRow[] } | { ok: false; errors: string[] };

const FUNCTION_ID = /^[A-Za-z0-9_-]{1,64}$/;
const VERSION = /^[0-9]{1,9}$/;

type Column = { kind: "field"; key: ColumnKey } | { kind: "impact"; column: ImpactColumn } | { kind: "id" | "version" | "dependenciesVersion" } | { kind: "unknown"; problem: string };

const list = (items: string[]) => items.join(", ");

/** What one header cell names, or why it names nothing the BIA has. */
function columnOf(cell: string, shape: GridShape, impact: ImpactColumn[]): Column {
  const name = nameKey(cell);
  const field = COLUMNS.find((c) => nameKey(c.label) === name);
  if (field) return { kind: "field", key: field.key };
  if (name === nameKey(ID_COLUMN)) return { kind: "id" };
  if (name === nameKey(VERSION_COLUMN)) return { kind: "version" };
  if (name === nameKey(DEPENDENCIES_VERSION_COLUMN)) return { kind: "dependenciesVersion" };
  const at = cell.lastIndexOf("@");
  if (at === -1) {
    return {
      kind: "unknown",
      problem: `Column “${cell}” is not a column of the BIA. Its columns are ${list(COLUMNS.map((c) => `“${c.label}”`))}, one per impact category and outage length (such as “${impact[0]?.label ?? "Financial @ 4 h"}”), and the three Continuity columns of an export.`,
    };
  }
  const category = shape.categories.find((c) => nameKey(c.label) === nameKey(cell.slice(0, at)));
  const lengthText = cell.slice(at + 1).trim();
  const minutes = parseDuration(lengthText);
  if (!category) {
    return { kind: "unknown", problem: `Column “${cell}” is not an impact column: the organisation's impact categories are ${list(shape.categories.map((c) => c.label))}.` };
  }
  if (typeof minutes !== "number" || !shape.horizons.includes(minutes)) {
    return { kind: "unknown", problem: `Column “${cell}”: “${lengthText}” is not one of the organisation's outage lengths (${list(shape.horizons.map(formatDuration))}).` };
  }
  return { kind: "impact", column: impact.find((c) => c.category === category.key && c.minutes === minutes)! };
}

/** The same column twice, or a column the file cannot do without. */
function headerErrors(header: string[], columns: Column[]): string[] {
  const errors = columns.flatMap((c) => (c.kind === "unknown" ? [c.problem] : []));
  const seen = new Map<string, string>();
  columns.forEach((c, index) => {
    const key = c.kind === "field" ? c.key : c.kind === "impact" ? `${c.column.category}@${c.column.minutes}` : c.kind === "unknown" ? null : c.kind;
    if (key === null) return;
    const first = seen.get(key);
    if (first !== undefined) errors.push(`Column “${header[index]}” appears more than once (as “${first}” too).`);
    else seen.set(key, header[index]);
  });
  if (!columns.some((c) => c.kind === "field" && c.key === "name")) errors.push(`Column “Function” is missing: it names each function.`);
  const has = (kind: string) => columns.some((c) => c.kind === kind);
  const ids = [has("id"), has("version"), has("dependenciesVersion")];
  // An id without its versions could overwrite someone's later change unnoticed; versions alone mean nothing.
  if (ids.some(Boolean) && !ids.every(Boolean)) {
    errors.push(`The columns “${ID_COLUMN}”, “${VERSION_COLUMN}” and “${DEPENDENCIES_VERSION_COLUMN}” go together: keep all three as exported, or delete all three to match functions by name.`);
  }
  return errors;
}

/** The rating a cell names (the word the grid shows, any letter case); blank clears it. */
function readRating(cell: string): ImpactRating | null | undefined {
  const word = cell.trim().toLowerCase();
  if (word === "") return null;
  return IMPACT_RATINGS.find((r) => r === word);
}

function readRef(cells: { id: string; version: string; dependenciesVersion: string }, row: number, firstRowOf: Map<string, number>, errors: string[]): FunctionRef | null {
  const id = cells.id.trim();
  if (id === "") return null;
  const at = `Row ${row}, column “${ID_COLUMN}”`;
  if (!FUNCTION_ID.test(id)) {
    errors.push(`${at}: this is not an ID an export wrote; clear it to match the function by name.`);
    return null;
  }
  const first = firstRowOf.get(id);
  if (first !== undefined) {
    errors.push(`${at}: row ${first} has the same ID; each function can be in the file once.`);
    return null;
  }
  firstRowOf.set(id, row);
  const versions = [
    [VERSION_COLUMN, cells.version.trim()],
    [DEPENDENCIES_VERSION_COLUMN, cells.dependenciesVersion.trim()],
  ] as const;
  const bad = versions.filter(([, value]) => !VERSION.test(value) || Number(value) < 1);
  for (const [column] of bad) errors.push(`Row ${row}, column “${column}”: keep the version the export wrote (a whole number), or clear the “${ID_COLUMN}” to match the function by name.`);
  return bad.length ? null : { id, version: Number(versions[0][1]), dependenciesVersion: Number(versions[1][1]) };
}

function readRecords(text: string): { ok: true; records: string[][] } | { ok: false; errors: string[] } {
  try {
    return { ok: true, records: readCsv(text).map((record) => record.cells.map(restoreFormula)) };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, errors: [`Line ${error.line} of the file: ${error.detail}`] };
    throw error;
  }
}

/**
 * Reads CSV text (UTF-8 with or without a BOM, "," or ";", CRLF or LF) into rows: every problem of
 * the header, of each cell's form (a rating word, an id or version) and every function named
 * twice, in one report. Rows whose cells are all blank are skipped.
 */
export function readBiaCsv(text: string, shape: GridShape): BiaCsvRead {
  const read = readRecords(text);
  if (!read.ok) return read;
  const [header, ...body] = read.records;
  if (!header) return { ok: false, errors: ["The file is empty: the first row must name the columns."] };
  const impact = impactColumns(shape);
  const names = header.map((cell) => cell.trim());
  const columns = names.map((cell) => columnOf(cell, shape, impact));
  const errors = headerErrors(names, columns);
  if (body.length > MAX_IMPORT_ROWS) errors.push(`The file has ${body.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  if (errors.length > 0) return { ok: false, errors };

  const index = (kind: string) => columns.findIndex((c) => c.kind === kind);
  const [idAt, versionAt, dependenciesVersionAt] = [index("id"), index("version"), index("dependenciesVersion")];
  const firstRowOf = new Map<string, number>();
  const firstRowNamed = new Map<string, number>();
  const rows: BiaCsvRow[] = [];
  body.forEach((record, position) => {
    const row = position + 2;
    if (record.every((cell) => cell.trim() === "")) return;
    if (record.length !== names.length) {
      errors.push(`Row ${row}: expected ${names.length} values but found ${record.length}.`);
      return;
    }
    const cells: Partial<Record<ColumnKey, string>> = {};
    const ratings: RowRating[] = [];
    columns.forEach((column, at) => {
      if (column.kind === "field") cells[column.key] = record[at];
      if (column.kind !== "impact") return;
      const rating = readRating(record[at]);
      if (rating === undefined) {
        errors.push(`Row ${row}, column “${names[at]}”: “${record[at].trim()}” is not a rating; write ${list(IMPACT_RATINGS.map((r) => RATING_LABELS[r]))}, or leave it blank for not rated.`);
      } else {
        ratings.push({ category: column.column.category, minutes: column.column.minutes, rating, column: names[at] });
      }
    });
    const name = nameKey(cells.name ?? "");
    if (name !== "") {
      const first = firstRowNamed.get(name);
      if (first !== undefined) errors.push(`Row ${row}, column “Function”: row ${first} is “${cells.name?.trim()}” too; each function can be in the file once.`);
      else firstRowNamed.set(name, row);
    }
    const ref = idAt === -1 ? null : readRef({ id: record[idAt], version: record[versionAt], dependenciesVersion: record[dependenciesVersionAt] }, row, firstRowOf, errors);
    rows.push({ row, cells, ratings, ref });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
