/**
 * The People register as CSV and back (docs/decisions/0048). The columns are the person form's
 * words in the form's order, the department by name, then the two columns an inventory export
 * ends with (docs/decisions/0015): which person a row is and the version it was exported at, so
 * that a file edited in a spreadsheet and imported back updates the people it came from. Every
 * cell is guarded against formula injection on the way out and unguarded on the way in. Reading
 * checks the header and every cell, and words each problem "Row N, column “Label”: …", N as a
 * spreadsheet numbers the row (the header is row 1). Pure: whom a row is, against the register,
 * is lib/people/plan-people-import.ts's to say.
 */
import { CsvSyntaxError, headingKey, readCsv, spreadsheetRows, type CsvRecord } from "@/lib/csv/read-csv";
import { neutraliseFormula, restoreFormula, writeCsv } from "@/lib/csv/write-csv";
import { sentence } from "@/lib/inventories/csv-rows";
import { checkInput } from "@/lib/validation";
import { normaliseName, PERSON_LABELS, personFieldsSchema } from "@/lib/people/schemas";
import { andList } from "@/lib/count";

export const ID_COLUMN = "Continuity ID";
export const VERSION_COLUMN = "Continuity version";
export const MAX_IMPORT_ROWS = 5000;

/** A person's fields as the file holds them: the department by its name ("" for none). */
export type PersonValues = {
  name: string;
  jobTitle: string;
  department: string;
  email: string;
  workPhone: string;
  mobilePhone: string;
  afterHoursPhone: string;
  notes: string;
};
export type ValueKey = keyof PersonValues;

/** The file's columns, in the form's order. */
const PEOPLE_COLUMNS: readonly { key: ValueKey; label: string }[] = [
  { key: "name", label: PERSON_LABELS.name },
  { key: "jobTitle", label: PERSON_LABELS.jobTitle },
  { key: "department", label: PERSON_LABELS.departmentId },
  { key: "email", label: PERSON_LABELS.email },
  { key: "workPhone", label: PERSON_LABELS.workPhone },
  { key: "mobilePhone", label: PERSON_LABELS.mobilePhone },
  { key: "afterHoursPhone", label: PERSON_LABELS.afterHoursPhone },
  { key: "notes", label: PERSON_LABELS.notes },
];

export const labelOf = (key: ValueKey) => PEOPLE_COLUMNS.find((c) => c.key === key)!.label;

export type ExportedPerson = PersonValues & { id: string; version: number };

/** The person a row updates, and the version the file was exported at. */
export type PersonRef = { id: string; version: number };
/**
 * One row of an import: its row as a spreadsheet numbers it, the values of the columns the file
 * has (a column left out of the file is not in `values`, and an update leaves that field as it
 * is), and the person it names by ID (null: none). A row with a refused cell is not `valid`: it
 * is still checked against the register (its department, its ID), so that every problem of the
 * file is told at once, but it plans nothing.
 */
export type ImportRow = { row: number; values: Partial<PersonValues> & { name: string }; ref: PersonRef | null; valid: boolean };
/** A problem of one row, kept with its row so that the register's problems can be told in the file's order beside it. */
export type RowProblem = { row: number; message: string };
/** The file's rows and their cells' problems; or, when the file cannot be read as the register's columns at all, why. */
export type ReadResult = { ok: true; rows: ImportRow[]; problems: RowProblem[] } | { ok: false; problems: string[] };

export function peopleToCsv(people: readonly ExportedPerson[]): string {
  const header = [...PEOPLE_COLUMNS.map((c) => c.label), ID_COLUMN, VERSION_COLUMN];
  const rows = people.map((person) => [...PEOPLE_COLUMNS.map((c) => person[c.key]), person.id, String(person.version)]);
  return writeCsv([header, ...rows].map((row) => row.map(neutraliseFormula)));
}

/** Ids are cuids; the pattern only keeps text that no export could have written out of the query. */
const PERSON_ID = /^[A-Za-z0-9_-]{1,64}$/;
const VERSION = /^[0-9]{1,9}$/;

type Column = ValueKey | "id" | "version" | null;

const HEADINGS = new Map<string, Column>([
  ...PEOPLE_COLUMNS.map((c) => [headingKey(c.label), c.key] as const),
  [headingKey(ID_COLUMN), "id"],
  [headingKey(VERSION_COLUMN), "version"],
]);

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === "");

function headerProblems(header: readonly string[], columns: readonly Column[], body: readonly string[][]): string[] {
  const problems: string[] = [];
  const known = `${andList(PEOPLE_COLUMNS.map((c) => c.label))} (and ${ID_COLUMN} and ${VERSION_COLUMN}, as an export writes them)`;
  header.forEach((heading, index) => {
    if (columns[index] !== null) return;
    // A column with no heading and nothing in it is what a spreadsheet leaves after a deleted column.
    if (heading.trim() === "") {
      if (body.some((cells) => (cells[index] ?? "").trim() !== "")) problems.push(`Column ${index + 1} has values but no heading: name it one of ${known}, or delete it.`);
      return;
    }
    problems.push(`Column “${heading.trim()}” is not a column of the People register: the columns are ${known}.`);
  });
  for (const column of [...PEOPLE_COLUMNS.map((c) => c.key), "id", "version"] as const) {
    if (columns.filter((c) => c === column).length > 1) {
      const label = column === "id" ? ID_COLUMN : column === "version" ? VERSION_COLUMN : labelOf(column);
      problems.push(`Column “${label}” appears more than once.`);
    }
  }
  if (!columns.includes("name")) problems.push(`Column “${PERSON_LABELS.name}” is missing: every person needs a name.`);
  const hasId = columns.includes("id");
  // An ID without its version could overwrite someone's later change unnoticed; a version alone means nothing.
  if (hasId !== columns.includes("version")) {
    const [has, lacks] = hasId ? [ID_COLUMN, VERSION_COLUMN] : [VERSION_COLUMN, ID_COLUMN];
    problems.push(`Column “${lacks}” is missing: it goes with “${has}”. Keep both columns as exported, or delete both.`);
  }
  return problems;
}

function readRef(cells: { id: string; version: string }, row: number, problems: RowProblem[]): PersonRef | null {
  const id = cells.id.trim();
  if (id === "") return null;
  if (!PERSON_ID.test(id)) {
    problems.push({ row, message: `Row ${row}, column “${ID_COLUMN}”: this is not an ID an export wrote; clear it to add the row as a new person` });
    return null;
  }
  const version = cells.version.trim();
  if (!VERSION.test(version) || Number(version) < 1) {
    problems.push({ row, message: `Row ${row}, column “${VERSION_COLUMN}”: keep the version the export wrote (a whole number), or clear the “${ID_COLUMN}” to add the row as a new person` });
    return null;
  }
  return { id, version: Number(version) };
}

/**
 * A row's values, checked as the person form checks them (the department, a name here, is checked
 * against the organisation's departments later); each refused cell is a problem of its row and column.
 */
function readValues(cells: Partial<Record<ValueKey, string>>, row: number, problems: RowProblem[]): Pick<ImportRow, "values" | "valid"> {
  const { department, ...fields } = cells;
  const named = (values: ImportRow["values"]) => (department === undefined ? values : { ...values, department: normaliseName(department) });
  const checked = checkInput(personFieldsSchema, { ...fields, name: fields.name ?? "", departmentId: "" });
  if (!checked.success) {
    for (const [field, message] of Object.entries(checked.fieldErrors)) {
      const column = PEOPLE_COLUMNS.find((c) => c.key === field);
      const label = column?.label ?? field;
      // A phone field's message names its field, as the form shows it ("24/7 phone: enter…"): the column says it here.
      const own = message.startsWith(`${label}: `) ? message.slice(label.length + 2) : message;
      problems.push({ row, message: `Row ${row}, column “${label}”: ${sentence(own)}` });
    }
    return { values: named({ name: normaliseName(fields.name ?? "") }), valid: false };
  }
  // Only the columns the file has: a field it leaves out is left as it is by an update.
  const given = Object.fromEntries(Object.entries(checked.data).filter(([key]) => key === "name" || key in fields)) as ImportRow["values"];
  return { values: named(given), valid: true };
}

/**
 * Reads CSV text (UTF-8 with or without a BOM, comma or semicolon separated, CRLF or LF, quoted
 * fields) into rows of the register, with every problem of their cells. Headings are matched
 * whatever their letter case, spaces and hyphens; only the Name column is required. Completely
 * blank rows are skipped. Names are whitespace-normalised; other cells lose the spaces around
 * them, and phone numbers are kept as typed (text throughout, so a leading zero stays).
 */
export function readPeopleCsv(text: string): ReadResult {
  let records: CsvRecord[];
  try {
    records = readCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, problems: [`Line ${error.line} of the file: ${error.detail}`] };
    throw error;
  }
  if (records.length === 0) return { ok: false, problems: ["The file is empty: the first row must name the columns."] };
  const rowNumbers = spreadsheetRows(records);
  const [header, ...body] = records.map((record) => record.cells.map(restoreFormula));
  const columns = header.map((heading) => HEADINGS.get(headingKey(heading.trim())) ?? null);
  const problems = headerProblems(header, columns, body);
  const filled = body.flatMap((cells, index) => (isBlank(cells) ? [] : [{ cells, row: rowNumbers[index + 1] }]));
  if (filled.length > MAX_IMPORT_ROWS) problems.push(`The file has ${filled.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  if (problems.length > 0) return { ok: false, problems };

  const rows: ImportRow[] = [];
  const rowProblems: RowProblem[] = [];
  for (const { cells, row } of filled) {
    if (cells.length !== header.length) {
      rowProblems.push({ row, message: `Row ${row}: expected ${header.length} values but found ${cells.length}.` });
      continue;
    }
    const given: Partial<Record<ValueKey, string>> = {};
    columns.forEach((column, index) => {
      if (column && column !== "id" && column !== "version") given[column] = cells[index].trim();
    });
    const { values, valid } = readValues(given, row, rowProblems);
    const idColumn = columns.indexOf("id");
    const before = rowProblems.length;
    const ref = idColumn === -1 ? null : readRef({ id: cells[idColumn], version: cells[columns.indexOf("version")] }, row, rowProblems);
    rows.push({ row, values, ref, valid: valid && rowProblems.length === before });
  }
  return { ok: true, rows, problems: rowProblems };
}
