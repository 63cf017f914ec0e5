/**
 * The one CSV reader of the app (RFC 4180): quoted fields may hold delimiters, doubled quotes and
 * line breaks; CRLF or LF line ends; a UTF-8 byte-order mark is dropped; blank lines are skipped.
 * The delimiter is read from the first line unless given: `;` when it has more semicolons than
 * commas outside quotes (Excel writes those in many European locales, and RVTools exports are often
 * re-saved in Excel). Each record keeps the line it starts on, so errors can name it.
 */
export type CsvRecord = { line: number; cells: string[] };
/** A file whose first record names the columns (trimmed), and the records below it. */
export type CsvTable = { header: string[]; records: CsvRecord[] };

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`Line ${line}: ${detail}`);
    this.name = "CsvSyntaxError";
  }
}

export type Delimiter = "," | ";";

/** The delimiter readCsv reads `text` with when none is given (a reader of its cells may need it: a ";" file writes decimals with commas). */
export function delimiterOf(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

export function readCsv(input: string, { delimiter }: { delimiter?: Delimiter } = {}): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = delimiter ?? delimiterOf(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let start = 1;
  let quoted = false;
  let touched = false;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "" || touched) records.push({ line: start, cells });
    cells = [];
    cell = "";
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          const next = text[i + 1];
          if (next !== undefined && next !== separator && next !== "\n" && next !== "\r") {
            throw new CsvSyntaxError(start, "unexpected text after a closing quote.");
          }
        }
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      if (cell !== "") throw new CsvSyntaxError(line, "a quote inside an unquoted field (quote the whole field and double the quote).");
      quoted = true;
      touched = true;
    } else if (c === separator) {
      cells.push(cell);
      cell = "";
      touched = true;
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else {
      cell += c;
    }
  }
  if (quoted) throw new CsvSyntaxError(start, "a quoted field is not closed.");
  if (cell !== "" || cells.length || touched) endRecord();
  return records;
}

export function readCsvTable(input: string, options: { delimiter?: Delimiter } = {}): CsvTable {
  const [head, ...records] = readCsv(input, options);
  return head ? { header: head.cells.map((h) => h.trim()), records } : { header: [], records: [] };
}

/** Each record's row as a spreadsheet numbers it: its line in the file, less the line breaks inside quoted cells above it. */
export function spreadsheetRows(records: readonly CsvRecord[]): number[] {
  let inside = 0;
  return records.map((record) => {
    const row = record.line - inside;
    inside += record.cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return row;
  });
}

/** A heading as it is compared: letter case, spaces, hyphens and underscores aside ("e-mail", "EMAIL", "job_title"). */
export const headingKey = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, "");
