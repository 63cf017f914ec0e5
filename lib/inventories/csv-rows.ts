/**
 * A register's items as CSV and back. The header row holds the fields' labels, in declaration
 * order, then the two columns that carry each item's identity (its id and version), so that a
 * file exported, edited in a spreadsheet and imported back updates the items it came from
 * instead of adding copies. People are written by name; every cell is guarded against formula
 * injection. Reading checks the header and every row in one pass and reports every problem as
 * "Row N, column “Label”: …", where row 1 is the header (as a spreadsheet numbers them). What a
 * spreadsheet leaves behind is not a problem: blank rows, and columns with neither a name nor a
 * value, are left out.
 */
import { comparableText, crossFieldIssues, durationUnitOf, formatCell, parseCell, type FieldDef, type ItemData } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";
import { AppError } from "@/lib/errors";
import { CsvSyntaxError, delimiterOf, readCsv } from "@/lib/csv/read-csv";
import { count } from "@/lib/count";
import { readDurationText } from "@/lib/durations";
import { neutraliseFormula, restoreFormula, writeCsv } from "@/lib/csv/write-csv";

export const MAX_IMPORT_ROWS = 5000;

/** The trailing columns of an export: which item a row is, and the version it was exported at. */
export const ID_COLUMN = "Continuity ID";
export const VERSION_COLUMN = "Continuity version";

/** Ids are cuids; the pattern only keeps text that no export could have written out of the query. */
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;
const VERSION = /^[0-9]{1,9}$/;

export type ExportedItem = { id: string; version: number; data: ItemData };
/** The item a row updates and the version the file was exported at. */
export type ItemRef = { id: string; version: number };
/** One row of an import: its row number as a spreadsheet shows it, its data, and the item it updates (null: a new item). */
export type CsvRow = { row: number; data: ItemData; ref: ItemRef | null };

/**
 * A field's column header: its label, and its unit when it has one ("Contractual recovery time
 * (hours)", "Limit of indemnity (£)"), so that whoever fills in the spreadsheet knows what a bare
 * number means. An import takes the label alone too, as exports before the unit wrote it.
 */
export function csvHeader(field: FieldDef): string {
  return field.unit ? `${field.label} (${field.unit})` : field.label;
}

export function itemsToCsv(register: RegisterDef, items: readonly ExportedItem[], personName: (id: string) => string): string {
  const header = [...register.fields.map(csvHeader), ID_COLUMN, VERSION_COLUMN];
  const rows = items.map((item) => [...register.fields.map((f) => formatCell(f, item.data[f.key], personName)), item.id, String(item.version)]);
  return writeCsv([header, ...rows].map((row) => row.map(neutraliseFormula)));
}

/** The file's records; a file that is not CSV at all is refused naming the line. */
function readRecords(text: string) {
  try {
    return readCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new AppError("VALIDATION", `Line ${error.line} of the file: ${error.detail}`);
    throw error;
  }
}

export type CsvReadResult = { ok: true; rows: CsvRow[]; notes: string[] } | { ok: false; errors: string[] };

/** A field's message inside an import report's line ("Row 3, column “Issued on”: enter a date…"). */
export function sentence(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, "");
}

/**
 * A column of a field: `unitWord` is the unit its header names for bare numbers when that is
 * another duration unit than the field's ("Reorder lead time (weeks)"), converted on reading.
 */
type FieldColumn = { kind: "field"; field: FieldDef; unitWord?: string };
/** A field's column whose header names a unit the field is not in ("Memory (MB)"): its values cannot be read. */
type WrongUnit = { kind: "wrong unit"; field: FieldDef };
/** What a header cell names: a field, the id or version column, nothing (an empty cell), or something the register does not have. */
type Column = FieldColumn | WrongUnit | "id" | "version" | "unnamed" | "unknown";

const HEADER_UNIT = /^(.*?)\s*\(([^()]+)\)$/;

/** The field a header names by its label, with or without a unit in brackets, and how its numbers are read. */
function fieldColumn(register: RegisterDef, name: string): FieldColumn | WrongUnit | null {
  const exact = register.fields.find((f) => comparableText(f.label) === name);
  if (exact) return { kind: "field", field: exact };
  const [, label, unit] = HEADER_UNIT.exec(name) ?? [];
  const field = label === undefined ? undefined : register.fields.find((f) => f.unit && comparableText(f.label) === label);
  if (!field?.unit) return null;
  if (unit === field.unit.toLowerCase() || (field.unit === "£" && unit === "gbp")) return { kind: "field", field };
  // Another duration unit (minutes for a field in hours): its bare numbers are converted.
  if (durationUnitOf(field) && readDurationText(`1 ${unit}`) !== undefined) return { kind: "field", field, unitWord: unit };
  return { kind: "wrong unit", field };
}

const ofField = (column: Column, field: FieldDef) => typeof column === "object" && column.field === field;

/** Column K, column AB: as a spreadsheet names the column at `index` (0 is A). */
function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * What each header cell names: a field (by label, any letter case and spacing, with or without
 * its unit), the id or version column, nothing, or nothing known.
 */
function columnsOf(register: RegisterDef, header: string[]): Column[] {
  return header.map((cell) => {
    const name = comparableText(cell);
    if (name === "") return "unnamed";
    if (name === ID_COLUMN.toLowerCase()) return "id";
    if (name === VERSION_COLUMN.toLowerCase()) return "version";
    return fieldColumn(register, name) ?? "unknown";
  });
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === "");

type BodyRow = { row: number; cells: string[] };

/**
 * The header's problems, and the fields whose cells can be read: a field whose column is missing,
 * given twice or in another unit is not read row by row (every row would say the same). An
 * unnamed column is left out when no row has a value in it; a value there is a problem, since it
 * would be lost.
 */
function headerErrors(register: RegisterDef, header: string[], columns: Column[], body: BodyRow[]): { errors: string[]; readable: FieldDef[]; unnamed: number } {
  const errors: string[] = [];
  let unnamed = 0;
  header.forEach((name, index) => {
    const column = columns[index];
    if (column === "unknown") errors.push(`Column “${name.trim()}” is not a field of the ${register.title}.`);
    if (typeof column === "object" && column.kind === "wrong unit") {
      errors.push(`Column “${name.trim()}”: the ${column.field.label} is in ${column.field.unit}; give the values in ${column.field.unit} under “${csvHeader(column.field)}”.`);
    }
    if (column !== "unnamed") return;
    const used = body.find(({ cells }) => (cells[index] ?? "").trim() !== "");
    if (used) {
      errors.push(`Column ${columnLetters(index)} has no name in the header row, but row ${used.row} has a value in it: name the column after a field of the ${register.title}, or delete it.`);
    } else unnamed += 1;
  });
  const readable: FieldDef[] = [];
  for (const field of register.fields) {
    const found = columns.filter((c) => ofField(c, field));
    if (field.required && found.length === 0) errors.push(`Column “${csvHeader(field)}” is missing: it is required.`);
    if (found.length > 1) errors.push(`Column “${csvHeader(field)}” appears more than once.`);
    const readableColumn = found.length === 1 && typeof found[0] === "object" && found[0].kind === "field";
    if (readableColumn || (found.length === 0 && !field.required)) readable.push(field);
  }
  const ids = columns.filter((c) => c === "id").length;
  const versions = columns.filter((c) => c === "version").length;
  if (ids > 1) errors.push(`Column “${ID_COLUMN}” appears more than once.`);
  if (versions > 1) errors.push(`Column “${VERSION_COLUMN}” appears more than once.`);
  // An id without its version could overwrite someone's later change unnoticed; a version alone means nothing.
  const [has, lacks] = ids > 0 ? [ID_COLUMN, VERSION_COLUMN] : [VERSION_COLUMN, ID_COLUMN];
  if ((ids > 0) !== (versions > 0)) {
    errors.push(`Column “${lacks}” is missing: it goes with “${has}”. Keep both columns as exported, or delete both to add every row as a new item.`);
  }
  return { errors, readable, unnamed };
}

/**
 * The item a row updates, from its id and version cells: none when the id is empty (a new item,
 * whatever the version says, so a copied row with its id cleared is added). An id already used by
 * an earlier row is refused: two rows cannot both be the item's new values.
 */
function readRef(
  cells: { id: string; version: string },
  rowNumber: number,
  firstRowOf: Map<string, number>,
  errors: string[],
): ItemRef | null {
  const id = cells.id.trim();
  if (id === "") return null;
  const at = `Row ${rowNumber}, column “${ID_COLUMN}”`;
  if (!ITEM_ID.test(id)) {
    errors.push(`${at}: this is not an ID an export wrote; clear it to add the row as a new item`);
    return null;
  }
  const first = firstRowOf.get(id);
  if (first !== undefined) {
    errors.push(`${at}: row ${first} has the same ID; each item can be updated by one row only`);
    return null;
  }
  firstRowOf.set(id, rowNumber);
  const version = cells.version.trim();
  if (!VERSION.test(version) || Number(version) < 1) {
    errors.push(`Row ${rowNumber}, column “${VERSION_COLUMN}”: keep the version the export wrote (a whole number), or clear the “${ID_COLUMN}” to add the row as a new item`);
    return null;
  }
  return { id, version: Number(version) };
}

/**
 * A row's cells, or why it cannot be read: a row shorter than the header (a line broken in two)
 * unless only unnamed columns are missing, or longer with values past the header's last column.
 */
function rowCells(record: string[], columns: Column[], row: number): string[] | string {
  const width = columns.length;
  const missing = columns.slice(record.length).some((c) => c !== "unnamed");
  const beyond = record.slice(width).some((cell) => cell.trim() !== "");
  if (missing || beyond) return `Row ${row}: expected ${width} values but found ${record.length}.`;
  return record;
}

/** What was left out as a spreadsheet's leftovers, in words for the preview. */
function leftOutNotes(blankRows: number, unnamedColumns: number): string[] {
  return [
    ...(blankRows ? [`${count(blankRows, "blank row")} ${blankRows === 1 ? "was" : "were"} left out.`] : []),
    ...(unnamedColumns ? [`${count(unnamedColumns, "column")} with no name and no values ${unnamedColumns === 1 ? "was" : "were"} left out.`] : []),
  ];
}

/**
 * Reads CSV text into rows of the register: each row's data and, when the file has the id and
 * version columns of an export and the row an id, the item it updates. Person columns name a
 * Person of `people` (id → name) as people compare names (comparableText: "tom  reed" is Tom
 * Reed). Numbers are read with the file's decimal mark: a comma in a file separated by
 * semicolons. Blank rows and unnamed empty columns are left out (and said so in `notes`); every other
 * problem, the header's and each row's, is reported in one round. Whether the ids belong to the
 * register is for the caller to check, against the database.
 */
export function csvToItems(register: RegisterDef, text: string, people: ReadonlyMap<string, string>): CsvReadResult {
  const records = readRecords(text).map((record) => record.cells.map(restoreFormula));
  if (records.length === 0) return { ok: false, errors: ["The file is empty: the first row must name the columns."] };
  const [header, ...rest] = records;
  const body = rest.map((cells, index) => ({ row: index + 2, cells })).filter(({ cells }) => !isBlank(cells));
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, errors: [`The file has ${body.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`] };
  const columns = columnsOf(register, header);
  const { errors, readable, unnamed } = headerErrors(register, header, columns, body);
  // Excel saves with semicolons where the comma is the decimal mark: "7,5" there is seven and a half.
  const decimal = delimiterOf(text) === ";" ? "," : ".";
  const idByName = new Map([...people].map(([id, name]) => [comparableText(name), id]));
  // Each field's column, and its name as the file writes it (as the export does when the file leaves it out).
  const columnOf = new Map(readable.map((field) => [field, columns.findIndex((c) => ofField(c, field))]));
  const nameOf = (field: FieldDef) => {
    const index = columnOf.get(field) ?? -1;
    return index === -1 ? csvHeader(field) : header[index].trim();
  };

  const idColumn = columns.indexOf("id");
  const versionColumn = columns.indexOf("version");
  const readRefs = idColumn !== -1 && versionColumn !== -1 && columns.lastIndexOf("id") === idColumn && columns.lastIndexOf("version") === versionColumn;
  const firstRowOf = new Map<string, number>();
  const rows: CsvRow[] = [];
  for (const { row: rowNumber, cells } of body) {
    const record = rowCells(cells, columns, rowNumber);
    if (typeof record === "string") {
      errors.push(record);
      continue;
    }
    const data: ItemData = {};
    for (const field of readable) {
      const index = columnOf.get(field) ?? -1;
      const column = columns[index];
      const raw = index === -1 ? "" : (record[index] ?? "");
      const result = parseCell(field, raw, { decimal, unitWord: typeof column === "object" && column.kind === "field" ? column.unitWord : undefined });
      if (!result.ok) {
        errors.push(`Row ${rowNumber}, column “${nameOf(field)}”: ${sentence(result.message)}`);
        continue;
      }
      if (field.type === "person" && typeof result.value === "string") {
        const id = idByName.get(comparableText(result.value));
        if (!id) {
          errors.push(`Row ${rowNumber}, column “${nameOf(field)}”: no one called “${result.value}” is recorded in the organisation`);
          continue;
        }
        data[field.key] = id;
      } else {
        data[field.key] = result.value;
      }
    }
    // The checks between fields, on the fields that were read: a failed one is not in `data`, so gets no second message.
    for (const issue of crossFieldIssues(readable, data)) {
      errors.push(`Row ${rowNumber}, column “${nameOf(readable.find((f) => f.key === issue.key)!)}”: ${sentence(issue.message)}`);
    }
    const ref = readRefs ? readRef({ id: record[idColumn] ?? "", version: record[versionColumn] ?? "" }, rowNumber, firstRowOf, errors) : null;
    rows.push({ row: rowNumber, data, ref });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows, notes: leftOutNotes(rest.length - body.length, unnamed) };
}
