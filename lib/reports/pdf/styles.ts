import type { Pdf } from "@/lib/reports/pdf/load-pdf";

export const COLORS = {
  ink: "#1f2937",
  muted: "#6b7280",
  rule: "#d1d5db",
  headerFill: "#e5e7eb",
  met: "#166534",
  breached: "#b91c1c",
  warning: "#b45309",
};

const PAGE_SIDE = 44;

/** A table cell's text and spacing; kit.tsx's bands place their lines and rules by these. */
export const CELL = { fontSize: 8, lineHeight: 1.3, paddingVertical: 2, paddingHorizontal: 3, rule: 0.5 };

/** A table row of one line: its text, the padding above and below, and the rule under it. */
export const ROW_HEIGHT = CELL.paddingVertical * 2 + CELL.fontSize * CELL.lineHeight + CELL.rule;

/** The width inside a table's border: an A4 page (595.28 pt wide) less its side padding. */
export const TABLE_WIDTH = 595.28 - 2 * PAGE_SIDE - 2 * CELL.rule;

/**
 * Body text: its size and line height. A unitless lineHeight is resolved by react-pdf against the
 * font size set on the same block, not an inherited one (its default is 18 pt): a block that sets
 * lineHeight sets fontSize too, or its lines are 24 pt apart instead of 12.
 */
export const BODY = { fontSize: 9, lineHeight: 1.35 };

export function makeStyles(pdf: Pdf) {
  return pdf.StyleSheet.create({
    page: { paddingTop: 56, paddingBottom: 56, paddingHorizontal: PAGE_SIDE, fontSize: BODY.fontSize, fontFamily: "Helvetica", color: COLORS.ink },
    header: { position: "absolute", top: 22, left: 44, right: 44, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: COLORS.muted, borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, paddingBottom: 4 },
    footer: { position: "absolute", bottom: 22, left: 44, right: 44, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: COLORS.muted, borderTopWidth: 0.5, borderTopColor: COLORS.rule, paddingTop: 4 },
    // The classification marking, centred above the header and below the footer of every page.
    markingTop: { position: "absolute", top: 8, left: 44, right: 44, textAlign: "center", fontSize: 9, fontFamily: "Helvetica-Bold", color: COLORS.ink },
    markingFoot: { position: "absolute", bottom: 8, left: 44, right: 44, textAlign: "center", fontSize: 9, fontFamily: "Helvetica-Bold", color: COLORS.ink },
    pageNumber: { position: "absolute", bottom: 22, right: 44, width: 160, textAlign: "right", fontSize: 8, color: COLORS.muted, paddingTop: 4 },
    // Invisible: the chapter's start, whose page number the first pass records for the contents.
    anchor: { fontSize: 1, height: 1, color: "#ffffff" },
    watermark: { position: "absolute", top: 330, left: 90, fontSize: 110, color: "#fecaca", opacity: 0.45, transform: "rotate(-35deg)", fontFamily: "Helvetica-Bold" },
    h1: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 8 },
    h2: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 5 },
    h3: { fontSize: 10, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 4 },
    // lineHeight is set per block, not on the page: react-pdf drops `render` texts that inherit it.
    p: { marginBottom: 5, ...BODY },
    muted: { color: COLORS.muted },
    none: { color: COLORS.muted, fontStyle: "italic", marginBottom: 5 },
    mono: { fontFamily: "Courier", fontSize: 8 },
    // No top border: the header row draws it, on every page the table spans (kit.tsx says why).
    // No bottom border: the last row draws its own rule, and a border below it could spill onto the
    // next page when the table ends at a page's foot, taking the repeated header row with it.
    table: { borderLeftWidth: CELL.rule, borderRightWidth: CELL.rule, borderColor: COLORS.rule, marginBottom: 8 },
    row: { flexDirection: "row", borderBottomWidth: CELL.rule, borderBottomColor: COLORS.rule },
    headRow: { flexDirection: "row", backgroundColor: COLORS.headerFill, borderTopWidth: CELL.rule, borderTopColor: COLORS.rule, borderBottomWidth: CELL.rule, borderBottomColor: COLORS.rule, fontFamily: "Helvetica-Bold" },
    cell: { paddingVertical: CELL.paddingVertical, paddingHorizontal: CELL.paddingHorizontal, fontSize: CELL.fontSize, lineHeight: CELL.lineHeight },
    // A band (kit.tsx): one text per column, a line per row, each line a row's height; shifted down
    // by the cell's top padding without growing the band, so its lines sit where separate rows' would.
    band: { flexDirection: "row" },
    bandCell: { position: "relative", top: CELL.paddingVertical, paddingHorizontal: CELL.paddingHorizontal, fontSize: CELL.fontSize, lineHeight: ROW_HEIGHT / CELL.fontSize, color: COLORS.ink },
    bandRules: { position: "absolute", top: 0, left: 0, width: "100%" },
    tocPage: { width: 40, textAlign: "right" },
    tocRow: { flexDirection: "row", justifyContent: "space-between", marginBottom: 3 },
    coverTitle: { fontSize: 26, fontFamily: "Helvetica-Bold", marginTop: 160, marginBottom: 12 },
    box: { borderWidth: 0.5, borderColor: COLORS.rule, padding: 8, marginBottom: 8 },
  });
}

export type Styles = ReturnType<typeof makeStyles>;
