import { describe, expect, it } from "vitest";
import { registerOf } from "@/lib/inventories/registers";
import type { ItemData } from "@/lib/inventories/fields";
import { skipRepeats, skipSentences } from "@/lib/inventories/import-repeats";
import { importedSummary, importPreview, planFingerprint, PREVIEW_SHOWN, type ImportPlan } from "@/lib/inventories/import-preview";

const insurance = registerOf("insurance");
const policy = (insurer: string, number: string, more: ItemData = {}): ItemData => ({
  insurer,
  policyNumber: number,
  policyType: "Property",
  coverage: null,
  limit: null,
  excess: null,
  expiresOn: "2028-04-30",
  contactName: null,
  contactPhone: null,
  contactEmail: null,
  ...more,
});

describe("rows that repeat an item or another row", () => {
  const stored = [
    { id: "i1", label: "Aviva — BI-100", data: policy("Aviva", "BI-100") },
    { id: "i2", label: "Zurich — PR-2", data: policy("Zurich", "PR-2") },
  ];

  it("skips a new row identical to an item of the register, naming the item", () => {
    const { adds, skips } = skipRepeats(insurance, { stored, adds: [{ row: 2, data: policy("Aviva", "BI-100") }, { row: 3, data: policy("Hiscox", "CY-3") }], updates: [] });
    expect(adds.map((a) => a.row)).toEqual([3]);
    expect(skipSentences(skips, 10)).toEqual(["Row 2 is already in the register as “Aviva — BI-100” and is skipped."]);
  });

  it("skips a new row identical to an earlier one, naming the earlier row, and adds the first once", () => {
    const hiscox = policy("Hiscox", "CY-3");
    const { adds, skips } = skipRepeats(insurance, { stored: [], adds: [2, 3, 5].map((row) => ({ row, data: { ...hiscox } })), updates: [] });
    expect(adds.map((a) => a.row)).toEqual([2]);
    expect(skipSentences(skips, 10)).toEqual(["Row 3 repeats row 2 and is skipped.", "Row 5 repeats row 2 and is skipped."]);
  });

  it("adds a row that differs in any one field, letter case included", () => {
    const rows = [policy("Aviva", "BI-100", { limit: 1 }), policy("aviva", "BI-100"), policy("Aviva", "BI-100", { expiresOn: "2028-05-01" })];
    const { adds, skips } = skipRepeats(insurance, { stored, adds: rows.map((data, i) => ({ row: i + 2, data })), updates: [] });
    expect(adds).toHaveLength(3);
    expect(skips).toEqual([]);
  });

  it("reads a field missing from a stored item as empty, as an export writes it", () => {
    const older = { id: "i3", label: "Hiscox — CY-3", data: { insurer: "Hiscox", policyNumber: "CY-3", policyType: "Property", expiresOn: "2028-04-30" } };
    const { skips } = skipRepeats(insurance, { stored: [older], adds: [{ row: 2, data: policy("Hiscox", "CY-3") }], updates: [] });
    expect(skips).toEqual([{ row: 2, itemLabel: "Hiscox — CY-3" }]);
  });

  it("compares with the register as the import leaves it: an updated item by its new values, the row that updates it named", () => {
    // Row 2 renames Aviva's policy; a new row with the old values is no repeat, one with the new values repeats row 2.
    const updates = [{ row: 2, itemId: "i1", data: policy("Aviva", "BI-200") }];
    const { adds, skips } = skipRepeats(insurance, { stored, adds: [{ row: 3, data: policy("Aviva", "BI-100") }, { row: 4, data: policy("Aviva", "BI-200") }], updates });
    expect(adds.map((a) => a.row)).toEqual([3]);
    expect(skips).toEqual([{ row: 4, repeatsRow: 2 }]);
  });

  it("lists the first skips and counts the rest", () => {
    const skips = Array.from({ length: 5 }, (_, i) => ({ row: i + 3, repeatsRow: 2 }));
    expect(skipSentences(skips, 2)).toEqual(["Row 3 repeats row 2 and is skipped.", "Row 4 repeats row 2 and is skipped.", "3 more rows are skipped as already there."]);
    expect(skipSentences(skips.slice(0, 3), 2).at(-1)).toBe("1 more row is skipped as already there.");
  });
});

describe("the preview of an import", () => {
  const item = { id: "i1", version: 3, label: "Aviva — BI-100", data: policy("Aviva", "BI-100", { excess: 500 }) };
  const plan: ImportPlan = {
    rows: 4,
    adds: [{ row: 3, data: policy("Hiscox", "CY-3", { limit: 750000 }) }],
    updates: [{ row: 2, item, data: policy("Aviva", "BI-100", { excess: 1000 }) }],
    unchanged: [{ row: 4, item: { ...item, id: "i2", version: 1 } }],
    skips: [{ row: 5, repeatsRow: 3 }],
    notes: [],
  };
  const preview = importPreview(insurance, { fileName: "policies.csv", plan, personName: String });

  it("counts each outcome and shows each changing row's fields as the register does", () => {
    expect(preview).toMatchObject({ fileName: "policies.csv", rows: 4, added: 1, updated: 1, unchanged: 1, skipped: 1, moreChanges: 0 });
    expect(preview.summary).toBe("4 rows: 1 to add, 1 to update, 1 unchanged, 1 skipped.");
    expect(preview.changes).toEqual([
      { row: 2, action: "update", label: "Aviva — BI-100", fields: [{ label: "Excess", from: "£500", to: "£1,000" }] },
      {
        row: 3,
        action: "add",
        label: "Hiscox — CY-3",
        fields: [
          { label: "Insurer", from: null, to: "Hiscox" },
          { label: "Policy number", from: null, to: "CY-3" },
          { label: "Policy type", from: null, to: "Property" },
          { label: "Limit of indemnity", from: null, to: "£750,000" },
          { label: "Expiry date", from: null, to: "30 Apr 2028" },
        ],
      },
    ]);
    expect(preview.skips).toEqual(["Row 5 repeats row 3 and is skipped."]);
  });

  it("fingerprints exactly what would be written: rows, items at their versions, and skips", () => {
    expect(preview.fingerprint).toBe(planFingerprint(plan));
    const variants: ImportPlan[] = [
      { ...plan, adds: [{ row: 3, data: policy("Hiscox", "CY-3", { limit: 750001 }) }] },
      { ...plan, updates: [{ ...plan.updates[0], item: { ...item, version: 4 } }] },
      { ...plan, unchanged: [] },
      { ...plan, skips: [] },
      { ...plan, adds: [], skips: [...plan.skips, { row: 3, itemLabel: "Hiscox — CY-3" }] },
    ];
    for (const variant of variants) expect(planFingerprint(variant)).not.toBe(preview.fingerprint);
    // The words shown are not part of it: a person renamed in between changes no row.
    expect(importPreview(insurance, { fileName: "other.csv", plan, personName: () => "x" }).fingerprint).toBe(preview.fingerprint);
  });

  it("lists the first changing rows and counts the rest", () => {
    const many: ImportPlan = { ...plan, adds: Array.from({ length: PREVIEW_SHOWN + 3 }, (_, i) => ({ row: i + 2, data: policy("Hiscox", `CY-${i}`) })), updates: [] };
    const shown = importPreview(insurance, { fileName: "p.csv", plan: many, personName: String });
    expect(shown.changes).toHaveLength(PREVIEW_SHOWN);
    expect(shown.moreChanges).toBe(3);
  });

  it("says what a confirmed import did, and that a file already in the register imported nothing", () => {
    expect(importedSummary(preview)).toBe("Imported policies.csv: 1 added, 1 updated, 1 unchanged, 1 skipped.");
    expect(importedSummary({ fileName: "policies.csv", added: 0, updated: 0, unchanged: 2, skipped: 3 })).toBe(
      "Nothing was imported from policies.csv: the register already holds every row of it (2 unchanged, 3 skipped).",
    );
  });
});
