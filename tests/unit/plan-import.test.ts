import { describe, expect, it } from "vitest";
import { fieldChanges, importPlan, inRow, matchRows, namesakeProblem, staleRowProblems, type ImportedRecords } from "@/lib/csv/plan-import";

type Stored = { id: string; name: string; version: number };
type Row = { row: number; name?: string; ref: { id: string; version: number } | null };

const WORDS: ImportedRecords<Stored> = { kind: "widget", where: "the plan", exported: "the widget list", idColumn: "Continuity ID", nameColumn: "Widget", nameOf: (w) => w.name };
const pump: Stored = { id: "w-pump", name: "Pump", version: 3 };
const valve: Stored = { id: "w-valve", name: "Valve", version: 1 };

/** Matches rows against the pump and the valve, by version and by the exact name; a name "?" is refused as its planner would. */
function match(rows: Row[]) {
  return matchRows(rows, {
    records: [pump, valve],
    words: WORDS,
    isCurrent: (stored, ref) => stored.version === ref.version,
    byName: (row, errors) => {
      if (row.name === "?") {
        errors.push(`Row ${row.row}, column “Widget”: which one?`);
        return undefined;
      }
      return [pump, valve].find((w) => w.name === row.name) ?? null;
    },
  });
}

describe("matching an import's rows to the plan's records", () => {
  it("finds a record by its ID at the exported version, else by name, else adds one", () => {
    const { matched, stale, errors } = match([
      { row: 2, ref: { id: "w-pump", version: 3 } },
      { row: 3, name: "Valve", ref: null },
      { row: 4, name: "Hose", ref: null },
    ]);
    expect(matched.map((m) => [m.row.row, m.stored?.id ?? null])).toEqual([
      [2, "w-pump"],
      [3, "w-valve"],
      [4, null],
    ]);
    expect(stale).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("refuses an unknown ID, a record twice and what the name lookup refuses; sets aside a record changed since the export", () => {
    const { matched, stale, errors } = match([
      { row: 2, ref: { id: "w-gone", version: 1 } },
      { row: 3, ref: { id: "w-pump", version: 2 } },
      { row: 4, name: "Valve", ref: null },
      { row: 5, ref: { id: "w-valve", version: 1 } },
      { row: 6, name: "?", ref: null },
    ]);
    expect(matched.map((m) => m.row.row)).toEqual([4]);
    expect(stale).toEqual([{ row: 3, stored: pump }]);
    expect(errors).toEqual([
      "Row 2, column “Continuity ID”: this plan has no widget with this ID. It may have been deleted since the export, or the row comes from another plan; clear the ID to match the widget by name.",
      "Row 5, column “Widget”: row 4 is about “Valve” too; each widget can be in the file once.",
      "Row 6, column “Widget”: which one?",
    ]);
    // A stale row is not claimed: a later row may still name its record.
    expect(match([{ row: 2, ref: { id: "w-pump", version: 1 } }, { row: 3, name: "Pump", ref: null }]).matched.map((m) => m.stored)).toEqual([pump]);
  });

  it("says who changed each stale row's record, or that someone did", () => {
    const writers = new Map([["w-pump", { by: "Alex Morgan", at: new Date("2026-12-03T14:02:00Z") }]]);
    expect(staleRowProblems(WORDS, [{ row: 3, stored: pump }, { row: 4, stored: valve }], writers)).toEqual([
      "Row 3 (“Pump”): Alex Morgan changed this widget on 3 Dec 2026 at 14:02 UTC, after you exported it. Export the widget list again and make your change in the new file.",
      "Row 4 (“Valve”): this widget was changed since you exported it. Export the widget list again and make your change in the new file.",
    ]);
  });
});

describe("a row's name that another record has", () => {
  it("is refused for a new or renamed record, not for the record's own name nor a blank one", () => {
    expect(namesakeProblem(WORDS, { row: 4, name: "pump", stored: null, namesakes: [pump] })).toBe(
      "Row 4, column “Widget”: the plan already has a widget called “Pump”; give the new widget another name.",
    );
    expect(namesakeProblem(WORDS, { row: 5, name: "Pump", stored: valve, namesakes: [pump] })).toBe(
      "Row 5, column “Widget”: the plan already has a widget called “Pump”; give the renamed widget another name.",
    );
    expect(namesakeProblem(WORDS, { row: 6, name: "Pump", stored: pump, namesakes: [pump] })).toBeNull();
    expect(namesakeProblem(WORDS, { row: 7, name: "  ", stored: null, namesakes: [pump] })).toBeNull();
    expect(namesakeProblem(WORDS, { row: 8, name: "Hose", stored: null, namesakes: [] })).toBeNull();
  });
});

describe("a schema's message inside a row's line", () => {
  it("is lower-cased after the column with its full stop dropped, an acronym kept, and the column's label dropped when given", () => {
    expect(inRow("Choose the category.")).toBe("choose the category");
    expect(inRow("MTD: write it as 4h.", "MTD")).toBe("write it as 4h");
    expect(inRow("RTO: Enter a duration.", "RTO")).toBe("enter a duration");
    expect(inRow("MTD: write it as 4h.")).toBe("MTD: write it as 4h");
  });
});

describe("a row's changes, field by field", () => {
  const shown = (name: string, owner: string) => ({ name: { label: "Name", text: name }, owner: { label: "Owner", text: owner } });

  it("lists the fields whose words differ; of a new record, those it fills in", () => {
    expect(fieldChanges(shown("Pump", "—"), shown("Pump", "Tom Reed"))).toEqual([{ label: "Owner", from: "—", to: "Tom Reed" }]);
    expect(fieldChanges(null, shown("Hose", "—"))).toEqual([{ label: "Name", from: "—", to: "Hose" }]);
  });
});

describe("an import's plan", () => {
  it("counts the writes that add and update, and fingerprints them with how many rows change nothing", () => {
    const writes = [
      { row: 2, stored: pump },
      { row: 3, stored: null },
      { row: 4, stored: null },
    ];
    const plan = importPlan({ rows: 4, writes, unchanged: 1, changes: [], fingerprintOf: (w) => [w.row, w.stored?.version ?? null] });
    expect(plan).toMatchObject({ rows: 4, added: 2, updated: 1, unchanged: 1, writes });
    expect(plan.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(importPlan({ rows: 4, writes, unchanged: 1, changes: [], fingerprintOf: (w) => [w.row, w.stored?.version ?? null] }).fingerprint).toBe(plan.fingerprint);
    expect(importPlan({ rows: 4, writes, unchanged: 0, changes: [], fingerprintOf: (w) => [w.row, w.stored?.version ?? null] }).fingerprint).not.toBe(plan.fingerprint);
    expect(importPlan({ rows: 4, writes, unchanged: 1, changes: [], fingerprintOf: (w) => [w.row] }).fingerprint).not.toBe(plan.fingerprint);
  });
});
