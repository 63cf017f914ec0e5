/**
 * A register's items as CSV and back. The header row holds the fields' labels, in declaration
 * order; people are written by name; every cell is guarded against formula injection. Reading
 * checks every row and reports every problem as "Row N, column “Label”: …", where row 1 is the
 * header (as a spreadsheet numbers them).
 */
import { formatCell, parseCell, type ItemData } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";
import { AppError } from "@/lib/errors";
import { CsvSyntaxError, readCsv } from "@/lib/csv/read-csv";
import { neutraliseFormula, restoreFormula, writeCsv } from "@/lib/csv/write-csv";

export const MAX_IMPORT_ROWS = 5000;

export function itemsToCsv(register: RegisterDef, items: readonly ItemData[], personName: (id: string) => string): string {
  const header = register.fields.map((f) => f.label);
  const rows = items.map((data) => register.fields.map((f) => formatCell(f, data[f.key], personName)));
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

export type CsvReadResult = { ok: true; rows: ItemData[] } | { ok: false; errors: string[] };

function sentence(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, "");
}

/**
 * Reads CSV text into items of the register. `personId` finds a Person of the organisation by
 * name (case-insensitive) for person columns.
 */
export function csvToItems(register: RegisterDef, text: string, personId: (name: string) => string | undefined): CsvReadResult {
  const records = readRecords(text).map((record) => record.cells.map(restoreFormula));
  if (records.length === 0) return { ok: false, errors: ["The file is empty: the first row must name the columns."] };
  const [header, ...body] = records;
  const errors: string[] = [];
  const columns = header.map((name) => register.fields.find((f) => f.label.toLowerCase() === name.trim().toLowerCase()));
  header.forEach((name, index) => {
    if (!columns[index]) errors.push(`Column “${name}” is not a field of the ${register.title}.`);
  });
  for (const field of register.fields) {
    const count = columns.filter((c) => c === field).length;
    if (field.required && count === 0) errors.push(`Column “${field.label}” is missing: it is required.`);
    if (count > 1) errors.push(`Column “${field.label}” appears more than once.`);
  }
  if (body.length > MAX_IMPORT_ROWS) errors.push(`The file has ${body.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  if (errors.length > 0) return { ok: false, errors };

  const rows: ItemData[] = [];
  body.forEach((record, index) => {
    const rowNumber = index + 2;
    if (record.length !== header.length) {
      errors.push(`Row ${rowNumber}: expected ${header.length} values but found ${record.length}.`);
      return;
    }
    const data: ItemData = {};
    for (const field of register.fields) {
      const column = columns.indexOf(field);
      const raw = column === -1 ? "" : record[column];
      const result = parseCell(field, raw);
      if (!result.ok) {
        errors.push(`Row ${rowNumber}, column “${field.label}”: ${sentence(result.message)}`);
        continue;
      }
      if (field.type === "person" && typeof result.value === "string") {
        const id = personId(result.value);
        if (!id) {
          errors.push(`Row ${rowNumber}, column “${field.label}”: no one called “${result.value}” is recorded in the organisation`);
          continue;
        }
        data[field.key] = id;
      } else {
        data[field.key] = result.value;
      }
    }
    rows.push(data);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
