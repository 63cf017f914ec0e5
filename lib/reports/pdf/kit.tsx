import type { ReactNode } from "react";
import type { Pdf } from "@/lib/reports/pdf/load-pdf";
import { COLORS, type Styles } from "@/lib/reports/pdf/styles";

/**
 * Rows per sheet. react-pdf's original pagination lays out and splits each <Page> element as a
 * whole, which costs time growing with the square of its length; a long table is therefore cut
 * into sheets (separate <Page> elements, each still flowing over pages with its header repeated).
 * The report uses the newer pagination (see document.tsx), which is linear; the sheets keep the
 * report in linear time should it ever go back. A sheet of this many rows spans about three pages.
 */
export const SHEET_ROWS = 120;

export type Column<T> = { label: string; width: number; value: (row: T) => string; color?: (row: T) => string | undefined };

/** The building blocks every section uses, bound to the loaded library and the styles. */
export function makeKit(pdf: Pdf, s: Styles) {
  const { View, Text } = pdf;

  /**
   * A table that may run over several pages: the header row is `fixed`, so react-pdf repeats it
   * at the top of each page the table spans; a row never splits across a page edge.
   */
  function Table<T>({ columns, rows, empty }: { columns: Column<T>[]; rows: readonly T[]; empty: string }) {
    if (rows.length === 0) return <Text style={s.none}>{empty}</Text>;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const width = (c: Column<T>) => `${(c.width / total) * 100}%`;
    return (
      <View style={s.table}>
        <View style={s.headRow} fixed wrap={false}>
          {columns.map((c) => (
            <Text key={c.label} style={[s.cell, { width: width(c) }]}>
              {c.label}
            </Text>
          ))}
        </View>
        {rows.map((row, i) => (
          <View key={i} style={s.row} wrap={false}>
            {columns.map((c) => (
              <Text key={c.label} style={[s.cell, { width: width(c), color: c.color?.(row) ?? COLORS.ink }]}>
                {c.value(row)}
              </Text>
            ))}
          </View>
        ))}
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
        {i === 0 ? lead : null}
        <Table columns={columns} rows={chunk} empty={empty} />
      </>
    ));
  }

  return { Table, Paragraphs, H2, H3, tableSheets };
}

export type Kit = ReturnType<typeof makeKit>;
