/**
 * The CSV writer and the spreadsheet formula-injection guard. Records end with CRLF; a field that
 * holds a comma, a semicolon, a double quote or a line break is quoted, with quotes doubled (the
 * semicolon too, so that lib/csv/read-csv.ts never mistakes it for the delimiter).
 */
export const CSV_BOM = "\uFEFF";

function quote(field: string): string {
  return /[",;\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
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
