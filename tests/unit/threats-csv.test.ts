import { describe, expect, it } from "vitest";
import { ratingCell, readCategory, readRating, readThreatsCsv, threatsHeader, threatsToCsv, type ExportedThreat } from "@/lib/risks/threats-csv";

const flood: ExportedThreat = {
  id: "cthreatflood0000000000001",
  version: 3,
  cells: {
    title: "Flood of the estate",
    category: "Natural",
    description: "Tidal surge;\nthe ground floor floods.",
    likelihood: ratingCell(2, "likelihood"),
    impact: ratingCell(5, "impact"),
    existingControls: "=HYPERLINK(\"http://evil\")",
    mitigation: "Move the servers upstairs, \"soon\".",
    owner: "Owen Hughes",
    residualLikelihood: ratingCell(2, "likelihood"),
    residualImpact: ratingCell(3, "impact"),
    scenarios: "Site loss; Host loss",
  },
};

describe("the threat register's CSV", () => {
  it("writes the form's labels, the ratings as the form's selects show them and the identity columns, with formulas neutralised", () => {
    expect(threatsHeader()).toEqual([
      "Threat",
      "Category",
      "Description",
      "Likelihood",
      "Impact",
      "Existing controls",
      "Mitigation",
      "Owner",
      "Residual likelihood",
      "Residual impact",
      "Linked scenarios",
      "Continuity ID",
      "Continuity version",
    ]);
    const csv = threatsToCsv([flood]);
    expect(csv.split("\r\n")[1]).toContain(`2 – Unlikely,5 – Severe,"'=HYPERLINK(""http://evil"")"`);
    expect(ratingCell(null, "impact")).toBe("");
  });

  it("reads back what it wrote, cell for cell, with the ID and version", () => {
    const read = readThreatsCsv(`\uFEFF${threatsToCsv([flood])}`);
    expect(read).toEqual({ ok: true, rows: [{ row: 2, cells: flood.cells, ref: { id: flood.id, version: 3 } }] });
  });

  it("matches headings whatever their case, spacing, hyphens or underscores, keeps only the columns the file has, and numbers rows as a spreadsheet does", () => {
    const read = readThreatsCsv('THREAT;residual_likelihood;Existing-Controls\n"Fire\nin the warehouse";;Sprinklers\n;;\nPower cut;1;\n');
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 2, cells: { title: "Fire\nin the warehouse", residualLikelihood: "", existingControls: "Sprinklers" }, ref: null },
        { row: 4, cells: { title: "Power cut", residualLikelihood: "1", existingControls: "" }, ref: null },
      ],
    });
  });

  it("refuses unknown, repeated and missing columns, and an ID without its version, in one report", () => {
    const read = readThreatsCsv("Likelihood,Score,Impact,Impact,Continuity ID\n3,12,4,4,x\n");
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors).toEqual([
      expect.stringMatching(/^Column “Score” is not a column of the threat register\. Its columns are “Threat”, “Category”/),
      "Column “Impact” appears more than once (as “Impact” too).",
      "Column “Threat” is missing: it names each threat.",
      "The columns “Continuity ID” and “Continuity version” go together: keep both as exported, or delete both to match threats by name.",
    ]);
  });

  it("refuses a threat named twice, an ID twice, an ID no export wrote, a bad version and a short row, each by row and column", () => {
    const read = readThreatsCsv(
      ["Threat,Continuity ID,Continuity version", "Flood,c1,1", "flood ,,", "Fire,c1,2", "Theft,not an id!,1", "Power,c9,v2", "Short,c8"].join("\r\n"),
    );
    expect(!read.ok && read.errors).toEqual([
      "Row 3, column “Threat”: row 2 is “flood” too; each threat can be in the file once.",
      "Row 4, column “Continuity ID”: row 2 has the same ID; each threat can be in the file once.",
      "Row 5, column “Continuity ID”: this is not an ID an export wrote; clear it to match the threat by name.",
      "Row 6, column “Continuity version”: keep the version the export wrote (a whole number), or clear the “Continuity ID” to match the threat by name.",
      "Row 7: expected 3 values but found 2.",
    ]);
  });

  it("says where a file cannot be read at all", () => {
    expect(readThreatsCsv("")).toEqual({ ok: false, errors: ["The file is empty: the first row must name the columns."] });
    expect(readThreatsCsv('Threat\n"Flood\n')).toEqual({ ok: false, errors: ["Line 2 of the file: a quoted field is not closed."] });
  });
});

describe("a rating cell", () => {
  it("reads a number, a word or both as the form writes them; blank is none", () => {
    expect(["3", "Possible", "3 – Possible", "3 - possible", " 3—POSSIBLE "].map((cell) => readRating(cell, "likelihood"))).toEqual([3, 3, 3, 3, 3]);
    expect(readRating("almost certain", "likelihood")).toBe(5);
    expect(readRating("Major", "impact")).toBe(4);
    expect(readRating("  ", "impact")).toBeNull();
  });

  it("refuses a number off the scale, a word of the other scale and a number that disagrees with its word", () => {
    expect(readRating("6", "likelihood")).toEqual({ problem: "“6” is not a rating from 1 to 5: write 1 – Rare, 2 – Unlikely, 3 – Possible, 4 – Likely, 5 – Almost certain" });
    expect(readRating("Severe", "likelihood")).toEqual({
      problem: "“Severe” is not a rating: write 1 – Rare, 2 – Unlikely, 3 – Possible, 4 – Likely, 5 – Almost certain, or the number or word alone",
    });
    expect(readRating("3 – Major", "impact")).toEqual({ problem: "“3 – Major”: 3 is “Moderate” on the impact scale; write 1 – Negligible, 2 – Minor, 3 – Moderate, 4 – Major, 5 – Severe" });
    expect(readRating("3.5", "impact")).toMatchObject({ problem: expect.stringContaining("“3.5” is not a rating") });
  });
});

describe("a category cell", () => {
  it("reads the label or the code in any letter case; blank is left for the form's schema to refuse", () => {
    expect(["Natural", "TECHNICAL", "human"].map(readCategory)).toEqual(["natural", "technical", "human"]);
    expect(readCategory(" ")).toBe("");
    expect(readCategory("Cyber")).toEqual({ problem: "“Cyber” is not a category: write Natural, Technical or Human" });
  });
});
