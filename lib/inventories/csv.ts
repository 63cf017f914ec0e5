/**
 * A small RFC 4180 CSV reader and writer, plus the spreadsheet formula-injection guard. Fields
 * are separated by commas and records by CRLF (LF alone is accepted on input); a field that holds
 * a comma, a double quote or a line break is quoted, with quotes doubled.
 */
import { AppError } from "@/lib/errors";

export const CSV_BOM = "\uFEFF";

/** Parses CSV text into records of fields. A leading BOM is ignored; blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    if (!(record.length === 1 && record[0] === "")) records.push(record);
    record = [];
    field = "";
  };
  while (i < input.length) {
    const char = input[i];
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = input[i];
        if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
          throw new AppError("VALIDATION", `Line ${line} of the file: a quoted value must be followed by a comma or the end of the line.`);
        }
        continue;
      }
      if (char === "\n") line += 1;
      field += char;
      i += 1;
      continue;
    }
    if (char === '"') {
      if (field !== "") {
        throw new AppError("VALIDATION", `Line ${line} of the file: a value that contains quotes must be enclosed in quotes.`);
      }
      quoted = true;
      quoteLine = line;
      i += 1;
    } else if (char === ",") {
      record.push(field);
      field = "";
      i += 1;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && input[i + 1] === "\n" ? 2 : 1;
      line += 1;
    } else {
      field += char;
      i += 1;
    }
  }
  if (quoted) throw new AppError("VALIDATION", `Line ${quoteLine} of the file: a quoted value is never closed.`);
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Writes records as CSV text with CRLF line ends (no BOM: the caller adds it for downloads). */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => record.map(quote).join(",")).join("\r\n") + "\r\n";
}

// A cell a spreadsheet would run as a formula starts with one of these. Cells that already start
// with quotes before such a character get one more, so that removing one on import is exact.
const FORMULA = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** Prefixes a cell a spreadsheet would treat as a formula with a single quote. */
export function neutraliseFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula, so that export then import gives back the same value. */
export function restoreFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
