import type { ReactNode } from "react";
import type { Pdf } from "@/lib/reports/pdf/load-pdf";
import { CELL, COLORS, ROW_HEIGHT, TABLE_WIDTH, type Styles } from "@/lib/reports/pdf/styles";

/**
 * Rows per sheet. react-pdf's original pagination lays out and splits each <Page> element as a
 * whole, which costs time growing with the square of its length; a long table is therefore cut
 * into sheets (separate <Page> elements, each still flowing over pages with its header repeated).
 * The report uses the newer pagination (see document.tsx), which is linear; the sheets keep the
 * report in linear time should it ever go back. A sheet of this many rows spans about three pages.
 */
export const SHEET_ROWS = 120;

/**
 * Rows per band (see Table). A band never splits across a page edge, so a page may end up to a
 * band short of full; bands of 8 rows saved about a tenth more time than bands of 4.
 */
const BAND_ROWS = 6;

export type Column<T> = { label: string; width: number; value: (row: T) => string; color?: (row: T) => string | undefined };

/** The building blocks every section uses, bound to the loaded library and the styles. */
export function makeKit(pdf: Pdf, s: Styles) {
  const { View, Text, Svg, Path } = pdf;

  /**
   * How wide a string can be set in the cells' font, or null when the font is not loaded. Layout
   * may cut a string into runs and kerns only within a run, so each glyph counts its width or its
   * kerned advance, whichever is more: never less than the width layout will find.
   */
  const cellFont = pdf.Font.getFont({ fontFamily: "Helvetica" }).data;
  const measured = new Map<string, number>();
  function textWidth(text: string): number | null {
    if (!cellFont) return null;
    let width = measured.get(text);
    if (width === undefined) {
      const { glyphs, positions }: { glyphs: { advanceWidth: number }[]; positions: { xAdvance: number }[] } = cellFont.layout(text);
      const units = glyphs.reduce((sum, glyph, i) => sum + Math.max(glyph.advanceWidth, positions[i].xAdvance), 0);
      measured.set(text, (width = (units * CELL.fontSize) / cellFont.unitsPerEm));
    }
    return width;
  }

  /** Whether a cell's text surely sets on one line in a column this wide (a point to spare for rounding). */
  function fitsOneLine(text: string, columnWidth: number): boolean {
    if (!text.trim() || text.includes("\n")) return false;
    const width = textWidth(text);
    return width !== null && width <= columnWidth - 2 * CELL.paddingHorizontal - 1;
  }

  /**
   * Where a word may be cut without misreading it: after an "@", "/" or "_", and after a "." or "-"
   * followed by a letter (so "2026-12-01" and "PR-44718204" stay whole). Its pieces, in order.
   */
  function pieces(word: string): string[] {
    return word.split(/(?<=[@/_])|(?<=[.-])(?=\p{L})/u);
  }

  /** The narrowest a word can be set: its widest piece (see pieces). */
  function narrowest(word: string): number {
    return Math.max(0, ...pieces(word).map((piece) => textWidth(piece) ?? 0));
  }

  /**
   * The text with every word too wide for the column cut over lines: at the last place it may be
   * cut (see pieces) that fits, else where the line is full. react-pdf breaks lines only at spaces
   * (hyphenation is off so that addresses and hashes read exactly as recorded), so such a word
   * ran over the next column; a line break cuts it without adding a hyphen that is not in it.
   */
  function breakLongWords(text: string, columnWidth: number): string {
    const room = columnWidth - 2 * CELL.paddingHorizontal - 1;
    const fits = (t: string) => (textWidth(t) ?? 0) <= room;
    const breakWord = (word: string): string => {
      const lines: string[] = [];
      let line = "";
      for (const piece of pieces(word)) {
        if (line && !fits(line + piece)) {
          lines.push(line);
          line = "";
        }
        line += piece;
        // A piece wider than the column on its own is cut where the line is full.
        while (!fits(line) && line.length > 1) {
          let cut = 1;
          while (cut < line.length && fits(line.slice(0, cut + 1))) cut += 1;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      return [...lines, line].join("\n");
    };
    return text
      .split("\n")
      .map((line) => line.split(" ").map((word) => (fits(word) ? word : breakWord(word))).join(" "))
      .join("\n");
  }

  type Cell = { text: string; color: string };

  /** A row laid out on its own: a text per cell, as tall as its longest cell. */
  function Row({ cells, widths }: { cells: Cell[]; widths: string[] }) {
    return (
      <View style={s.row} wrap={false}>
        {cells.map((cell, j) => (
          <Text key={j} style={[s.cell, { width: widths[j], color: cell.color }]}>
            {cell.text}
          </Text>
        ))}
      </View>
    );
  }

  /** A column's lines in a band, consecutive lines of one colour in one run. */
  function lines(cells: Cell[]): ReactNode[] {
    const runs: Cell[] = [];
    cells.forEach((cell, i) => {
      const text = i < cells.length - 1 ? `${cell.text}\n` : cell.text;
      const last = runs.at(-1);
      if (last && last.color === cell.color) last.text += text;
      else runs.push({ text, color: cell.color });
    });
    return runs.map((run, i) => (run.color === COLORS.ink ? run.text : <Text key={i} style={{ color: run.color }}>{run.text}</Text>));
  }

  /**
   * Rows of one line each, laid out as a band: a text per column holding a line per row, and the
   * rules under the rows drawn in one path. It looks the same as rows laid out one by one (the
   * lines and rules land on the same points), for about a fifth of the nodes: react-pdf's time
   * goes by the number of texts it lays out more than by their length. In the file, a band's text
   * runs column by column (copying rows out of the PDF gets its columns in turn).
   */
  function Band({ rows, widths }: { rows: Cell[][]; widths: string[] }) {
    const height = rows.length * ROW_HEIGHT;
    const rules = rows.map((_, i) => `M0 ${(i + 1) * ROW_HEIGHT - CELL.rule / 2} H100`).join(" ");
    return (
      <View style={s.band} wrap={false}>
        <Svg style={[s.bandRules, { height }]} viewBox={`0 0 100 ${height}`} preserveAspectRatio="none">
          <Path d={rules} stroke={COLORS.rule} strokeWidth={CELL.rule} />
        </Svg>
        {widths.map((width, j) => (
          <Text key={j} style={[s.bandCell, { width }]}>
            {lines(rows.map((row) => row[j]))}
          </Text>
        ))}
      </View>
    );
  }

  /**
   * A table that may run over several pages: the header row is `fixed`, so react-pdf repeats it
   * at the top of each page the table spans; a row never splits across a page edge. Runs of rows
   * whose cells all fit on one line go in bands of BAND_ROWS (see Band), the others row by row.
   * Whether a cell fits is measured against the page's full width (TABLE_WIDTH), which every
   * table of the report spans.
   */
  /**
   * The columns' widths in points: as declared, unless a word (a number, a date, an address) is
   * wider than its column even where it may be cut (see pieces). Such a column then gets that
   * width, up to a third of the table, taken from the columns with room to spare, so that
   * "£4,500,000" or "2026-12-01" stays whole; words are then cut only where they may be
   * (breakLongWords), or where the line is full when even that leaves no room.
   */
  function columnPoints(declared: number[], cells: string[][], headers: string[]): number[] {
    const cap = TABLE_WIDTH / 3;
    const pad = 2 * CELL.paddingHorizontal + 1;
    const widest = declared.map((_, j) => {
      let max = 0;
      for (const text of [headers[j], ...cells.map((row) => row[j])]) {
        for (const word of text.split(/\s+/)) if (word) max = Math.max(max, narrowest(word));
      }
      return Math.min(cap, max + pad);
    });
    if (widest.every((w, j) => w <= declared[j])) return declared;
    const need = widest.map((w, j) => Math.max(0, w - declared[j]));
    const spare = widest.map((w, j) => Math.max(0, declared[j] - w));
    const needed = need.reduce((a, b) => a + b, 0);
    const available = spare.reduce((a, b) => a + b, 0);
    if (available >= needed) return declared.map((d, j) => d + need[j] - (spare[j] / available) * needed);
    // Not room for every word: each column at its widest word's share of the table.
    const total = widest.reduce((a, b) => a + b, 0);
    return widest.map((w) => (w / total) * TABLE_WIDTH);
  }

  function Table<T>({ columns, rows, empty }: { columns: Column<T>[]; rows: readonly T[]; empty: string }) {
    if (rows.length === 0) return <Text style={s.none}>{empty}</Text>;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    // Each cell's text, read once: the widths are measured from it and the rows set with it.
    const texts = rows.map((row) => columns.map((c) => c.value(row)));
    const points = columnPoints(
      columns.map((c) => (c.width / total) * TABLE_WIDTH),
      texts,
      columns.map((c) => c.label),
    );
    const widths = points.map((p) => `${(p / TABLE_WIDTH) * 100}%`);
    // Single-line rows gather into bands; a run too short to fill one stays as rows.
    const parts: ({ band: Cell[][] } | { row: Cell[] })[] = [];
    let run: Cell[][] = [];
    const flush = () => {
      parts.push(...run.map((cells) => ({ row: cells })));
      run = [];
    };
    for (const [i, row] of rows.entries()) {
      const cells = columns.map((c, j) => ({ text: texts[i][j], color: c.color?.(row) ?? COLORS.ink }));
      if (!cells.every((cell, j) => fitsOneLine(cell.text, points[j]))) {
        flush();
        parts.push({ row: cells.map((cell, j) => (fitsOneLine(cell.text, points[j]) ? cell : { ...cell, text: breakLongWords(cell.text, points[j]) })) });
      } else if (run.push(cells) === BAND_ROWS) {
        parts.push({ band: run });
        run = [];
      }
    }
    flush();
    return (
      <View style={s.table}>
        {/* Any presence ahead of the header forbids a page break right after it (react-pdf's
            paginator sets no break point before a presence window). The table has no top
            border (the header row draws it) because react-pdf may break after a top edge: with
            both, a table that would leave its header at a page's foot moves over whole, with
            the heading before it. */}
        <View style={s.headRow} fixed wrap={false} minPresenceAhead={ROW_HEIGHT}>
          {columns.map((c, j) => (
            <Text key={c.label} style={[s.cell, { width: widths[j] }]}>
              {c.label}
            </Text>
          ))}
        </View>
        {parts.map((part, i) => ("band" in part ? <Band key={i} rows={part.band} widths={widths} /> : <Row key={i} cells={part.row} widths={widths} />))}
      </View>
    );
  }

  function Paragraphs({ text, empty }: { text: string | null | undefined; empty: string }) {
    const parts = (text ?? "").split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
    if (parts.length === 0) return <Text style={s.none}>{empty}</Text>;
    return (
      <>
        {parts.map((p, i) => (
          <Text key={i} style={s.p}>
            {p}
          </Text>
        ))}
      </>
    );
  }

  function H2({ children }: { children: ReactNode }) {
    return (
      <Text style={s.h2} minPresenceAhead={60}>
        {children}
      </Text>
    );
  }

  function H3({ children }: { children: ReactNode }) {
    return (
      <Text style={s.h3} minPresenceAhead={40}>
        {children}
      </Text>
    );
  }

  /** A table as sheets (see SHEET_ROWS); `lead` (its heading) starts the first one. */
  function tableSheets<T>({ columns, rows, empty, lead }: { columns: Column<T>[]; rows: readonly T[]; empty: string; lead?: ReactNode }): ReactNode[] {
    const chunks: (readonly T[])[] = [];
    for (let i = 0; i < rows.length; i += SHEET_ROWS) chunks.push(rows.slice(i, i + SHEET_ROWS));
    if (chunks.length === 0) chunks.push([]);
    return chunks.map((chunk, i) => (
      <>
        {/* The lead (a heading, a sentence) stays with the table's header: one unbreakable
            block with a presence window after it, so no page break falls between them. */}
        {i === 0 && lead ? (
          <View wrap={false} minPresenceAhead={1}>
            {lead}
          </View>
        ) : null}
        <Table columns={columns} rows={chunk} empty={empty} />
      </>
    ));
  }

  return { Table, Paragraphs, H2, H3, tableSheets };
}

export type Kit = ReturnType<typeof makeKit>;
