/**
 * The threat register as CSV and back (docs/decisions/0057): one row per threat, its fields by the
 * threat form's labels in the form's order, the ratings as the form's selects show them
 * ("3 – Possible"), the category by its label, the owner by name (or "Name <e-mail>" where two
 * people share the name), the scenarios it could cause by name, then the two columns that carry
 * the threat's identity (its id and version) so that a file edited in a spreadsheet and imported
 * back updates the threats it came from. Reading checks the header and each row's shape and ID,
 * and words each problem "Row N, column “Label”: …" (the header is row 1, as a spreadsheet numbers
 * it). What the cells mean against the plan (ratings, owner, the form's rules) is
 * lib/risks/plan-threat-import.ts's to say. Pure.
 */
import { CsvSyntaxError, headingKey, readCsv, spreadsheetRows, type CsvRecord } from "@/lib/csv/read-csv";
import { neutraliseFormula, restoreFormula, writeCsv } from "@/lib/csv/write-csv";
import { nameKey } from "@/lib/csv/names";
import { andList } from "@/lib/count";
import { IMPACT_LABELS, LIKELIHOOD_LABELS, RATINGS } from "@/lib/risks/scoring";
import { THREAT_CATEGORIES, THREAT_CATEGORY_LABELS, THREAT_LABELS } from "@/lib/risks/schemas";

export const ID_COLUMN = "Continuity ID";
export const VERSION_COLUMN = "Continuity version";
export const SCENARIOS_COLUMN = "Linked scenarios";
export const MAX_IMPORT_ROWS = 2000;

/** The file's columns, in the form's order, then the scenarios (which the import reads but does not write). */
export const THREAT_COLUMNS = [
  { key: "title", label: THREAT_LABELS.title },
  { key: "category", label: THREAT_LABELS.category },
  { key: "description", label: THREAT_LABELS.description },
  { key: "likelihood", label: THREAT_LABELS.likelihood },
  { key: "impact", label: THREAT_LABELS.impact },
  { key: "existingControls", label: THREAT_LABELS.existingControls },
  { key: "mitigation", label: THREAT_LABELS.mitigation },
  { key: "owner", label: THREAT_LABELS.ownerId },
  { key: "residualLikelihood", label: THREAT_LABELS.residualLikelihood },
  { key: "residualImpact", label: THREAT_LABELS.residualImpact },
  { key: "scenarios", label: SCENARIOS_COLUMN },
] as const;

export type ColumnKey = (typeof THREAT_COLUMNS)[number]["key"];
export const labelOf = (key: ColumnKey) => THREAT_COLUMNS.find((c) => c.key === key)!.label;

export const threatsHeader = () => [...THREAT_COLUMNS.map((c) => c.label), ID_COLUMN, VERSION_COLUMN];

/** The scale a rating column is on: likelihood ("3 – Possible") or impact ("4 – Major"). */
export type Scale = "likelihood" | "impact";
const SCALES: Record<Scale, Record<number, string>> = { likelihood: LIKELIHOOD_LABELS, impact: IMPACT_LABELS };
export const SCALE_OF: Partial<Record<ColumnKey, Scale>> = { likelihood: "likelihood", residualLikelihood: "likelihood", impact: "impact", residualImpact: "impact" };

/** A rating as the form's select shows it ("3 – Possible"); none is blank. */
export const ratingCell = (rating: number | null, scale: Scale) => (rating === null ? "" : `${rating} – ${SCALES[scale][rating]}`);

/**
 * The rating a cell names: its number, its word, or both as the form writes them ("3", "Possible",
 * "3 – Possible", "3 - possible"); blank is none (null). Anything else, or a number and a word
 * that disagree, is a problem in words.
 */
export function readRating(cell: string, scale: Scale): number | null | { problem: string } {
  const text = cell.trim();
  if (text === "") return null;
  const labels = SCALES[scale];
  const written = RATINGS.map((r) => ratingCell(r, scale)).join(", ");
  const byWord = (word: string) => RATINGS.find((r) => nameKey(labels[r]) === nameKey(word));
  const match = /^([0-9]+)(?:\s*[–—-]\s*(.*))?$/.exec(text);
  if (match) {
    const rating = RATINGS.find((r) => String(r) === match[1]);
    if (rating === undefined) return { problem: `“${text}” is not a rating from 1 to 5: write ${written}` };
    const word = match[2]?.trim() ?? "";
    if (word !== "" && byWord(word) !== rating) return { problem: `“${text}”: ${rating} is “${labels[rating]}” on the ${scale} scale; write ${written}` };
    return rating;
  }
  return byWord(text) ?? { problem: `“${text}” is not a rating: write ${written}, or the number or word alone` };
}

/** The category a cell names, by its label or its code, any letter case; blank is "" (the form's schema refuses it). */
export function readCategory(cell: string): string | { problem: string } {
  const text = cell.trim();
  if (text === "") return "";
  const found = THREAT_CATEGORIES.find((c) => nameKey(c) === nameKey(text) || nameKey(THREAT_CATEGORY_LABELS[c]) === nameKey(text));
  return found ?? { problem: `“${text}” is not a category: write Natural, Technical or Human` };
}

export type ExportedThreat = { id: string; version: number; cells: Record<ColumnKey, string> };

export function threatsToCsv(threats: readonly ExportedThreat[]): string {
  const rows = threats.map((t) => [...THREAT_COLUMNS.map((c) => t.cells[c.key]), t.id, String(t.version)]);
  return writeCsv([threatsHeader(), ...rows].map((row) => row.map(neutraliseFormula)));
}

/** The threat a row updates, and the version the file was exported at. */
export type ThreatRef = { id: string; version: number };
/**
 * One row of an import: its row as a spreadsheet numbers it, the cells of the columns the file has
 * (a column left out of the file is not in `cells`, and an update leaves that field as it is), and
 * the threat it names by ID (null: none).
 */
export type ThreatCsvRow = { row: number; cells: Partial<Record<ColumnKey, string>>; ref: ThreatRef | null };
export type ThreatsCsvRead = { ok: true; rows: ThreatCsvRow[] } | { ok: false; errors: string[] };

/** Ids are cuids; the pattern only keeps text that no export could have written out of the query. */
const THREAT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const VERSION = /^[0-9]{1,9}$/;

type Column = ColumnKey | "id" | "version" | null;

const HEADINGS = new Map<string, Column>([...THREAT_COLUMNS.map((c) => [headingKey(c.label), c.key] as const), [headingKey(ID_COLUMN), "id"], [headingKey(VERSION_COLUMN), "version"]]);

function headerErrors(header: readonly string[], columns: readonly Column[], body: readonly string[][]): string[] {
  const known = `${andList(THREAT_COLUMNS.map((c) => `“${c.label}”`))}, and “${ID_COLUMN}” and “${VERSION_COLUMN}” as an export writes them`;
  const errors = header.flatMap((heading, index) => {
    if (columns[index] !== null) return [];
    // A column with no heading and nothing in it is what a spreadsheet leaves after a deleted column.
    if (heading.trim() === "") return body.some((cells) => (cells[index] ?? "").trim() !== "") ? [`Column ${index + 1} has values but no heading: name it one of ${known}, or delete it.`] : [];
    return [`Column “${heading.trim()}” is not a column of the threat register. Its columns are ${known}.`];
  });
  const seen = new Map<Column, string>();
  columns.forEach((column, index) => {
    if (column === null) return;
    const first = seen.get(column);
    if (first !== undefined) errors.push(`Column “${header[index].trim()}” appears more than once (as “${first}” too).`);
    else seen.set(column, header[index].trim());
  });
  if (!columns.includes("title")) errors.push(`Column “${THREAT_LABELS.title}” is missing: it names each threat.`);
  // An ID without its version could overwrite someone's later change unnoticed; a version alone means nothing.
  if (columns.includes("id") !== columns.includes("version")) {
    errors.push(`The columns “${ID_COLUMN}” and “${VERSION_COLUMN}” go together: keep both as exported, or delete both to match threats by name.`);
  }
  return errors;
}

function readRef(cells: { id: string; version: string }, row: number, firstRowOf: Map<string, number>, errors: string[]): ThreatRef | null {
  const id = cells.id.trim();
  if (id === "") return null;
  const at = `Row ${row}, column “${ID_COLUMN}”`;
  if (!THREAT_ID.test(id)) {
    errors.push(`${at}: this is not an ID an export wrote; clear it to match the threat by name.`);
    return null;
  }
  const first = firstRowOf.get(id);
  if (first !== undefined) {
    errors.push(`${at}: row ${first} has the same ID; each threat can be in the file once.`);
    return null;
  }
  firstRowOf.set(id, row);
  const version = cells.version.trim();
  if (!VERSION.test(version) || Number(version) < 1) {
    errors.push(`Row ${row}, column “${VERSION_COLUMN}”: keep the version the export wrote (a whole number), or clear the “${ID_COLUMN}” to match the threat by name.`);
    return null;
  }
  return { id, version: Number(version) };
}

function readRecords(text: string): { ok: true; records: CsvRecord[] } | { ok: false; errors: string[] } {
  try {
    return { ok: true, records: readCsv(text) };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, errors: [`Line ${error.line} of the file: ${error.detail}`] };
    throw error;
  }
}

/**
 * Reads CSV text (UTF-8 with or without a BOM, "," or ";", CRLF or LF, quoted fields) into rows:
 * every problem of the header (unknown, repeated or missing columns, an ID without its version),
 * of each row's shape and ID, and every threat named twice, in one report. Headings are matched
 * whatever their letter case, spaces, hyphens and underscores; only “Threat” is required. Rows
 * whose cells are all blank are skipped.
 */
export function readThreatsCsv(text: string): ThreatsCsvRead {
  const read = readRecords(text);
  if (!read.ok) return read;
  if (read.records.length === 0) return { ok: false, errors: ["The file is empty: the first row must name the columns."] };
  const rowNumbers = spreadsheetRows(read.records);
  const [header, ...body] = read.records.map((record) => record.cells.map(restoreFormula));
  const columns = header.map((heading) => HEADINGS.get(headingKey(heading.trim())) ?? null);
  const errors = headerErrors(header, columns, body);
  const filled = body.flatMap((cells, index) => (cells.every((cell) => cell.trim() === "") ? [] : [{ cells, row: rowNumbers[index + 1] }]));
  if (filled.length > MAX_IMPORT_ROWS) errors.push(`The file has ${filled.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  if (errors.length > 0) return { ok: false, errors };

  const [idAt, versionAt] = [columns.indexOf("id"), columns.indexOf("version")];
  const firstRowOf = new Map<string, number>();
  const firstRowNamed = new Map<string, number>();
  const rows: ThreatCsvRow[] = [];
  for (const { cells: record, row } of filled) {
    if (record.length !== header.length) {
      errors.push(`Row ${row}: expected ${header.length} values but found ${record.length}.`);
      continue;
    }
    const cells: Partial<Record<ColumnKey, string>> = {};
    columns.forEach((column, index) => {
      if (column !== null && column !== "id" && column !== "version") cells[column] = record[index];
    });
    const name = nameKey(cells.title ?? "");
    if (name !== "") {
      const first = firstRowNamed.get(name);
      if (first !== undefined) errors.push(`Row ${row}, column “${THREAT_LABELS.title}”: row ${first} is “${cells.title?.trim()}” too; each threat can be in the file once.`);
      else firstRowNamed.set(name, row);
    }
    const ref = idAt === -1 ? null : readRef({ id: record[idAt], version: record[versionAt] }, row, firstRowOf, errors);
    rows.push({ row, cells, ref });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
