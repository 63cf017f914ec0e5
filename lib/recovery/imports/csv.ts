/**
 * A small RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks;
 * CRLF or LF line ends; a UTF-8 byte-order mark is dropped. The delimiter is read from the header
 * line (`;` when it has more semicolons than commas: Excel writes those in many European locales,
 * and RVTools exports are often opened and re-saved in Excel). Each record keeps the line it
 * starts on, so errors can name it. Blank lines are skipped.
 */
export type CsvRecord = { line: number; cells: string[] };
export type CsvTable = { header: string[]; records: CsvRecord[] };

export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

function delimiterOf(text: string): string {
  const end = text.search(/\r?\n/);
  const first = end === -1 ? text : text.slice(0, end);
  const count = (c: string) => first.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = delimiterOf(text);
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
          if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r") {
            throw new CsvSyntaxError(start, `Line ${start}: unexpected text after a closing quote.`);
          }
        }
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      if (cell !== "") throw new CsvSyntaxError(line, `Line ${line}: a quote inside an unquoted field (quote the whole field and double the quote).`);
      quoted = true;
      touched = true;
    } else if (c === delimiter) {
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
  if (quoted) throw new CsvSyntaxError(start, `Line ${start}: a quoted field is not closed.`);
  if (cell !== "" || cells.length || touched) endRecord();
  const [head, ...rest] = records;
  if (!head) return { header: [], records: [] };
  return { header: head.cells.map((h) => h.trim()), records: rest };
}
