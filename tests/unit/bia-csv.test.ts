import { describe, expect, it } from "vitest";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";
import { biaHeader, functionsToCsv, impactColumns, readBiaCsv, targetCell, type BiaCsvRow } from "@/lib/bia/bia-csv";
import { nameKey, splitNames } from "@/lib/csv/names";

const shape = { categories: DEFAULT_IMPACT_CATEGORIES, horizons: [60, 240, 1440] };
const header = biaHeader(shape);
const rowOf = (values: Record<string, string>) => header.map((column) => values[column] ?? "");
const csv = (rows: string[][], separator = ",") => [header, ...rows].map((r) => r.join(separator)).join("\r\n") + "\r\n";
const rows = (text: string): BiaCsvRow[] => {
  const read = readBiaCsv(text, shape);
  if (!read.ok) throw new Error(read.errors.join("\n"));
  return read.rows;
};
const errors = (text: string) => {
  const read = readBiaCsv(text, shape);
  return read.ok ? [] : read.errors;
};

describe("BIA CSV columns", () => {
  it("names one column per category and outage length from the organisation's own settings", () => {
    expect(impactColumns(shape).slice(0, 4).map((c) => c.label)).toEqual(["Financial @ 1 h", "Financial @ 4 h", "Financial @ 1 day", "Operational @ 1 h"]);
    expect(header.slice(0, 6)).toEqual(["Function", "Department", "Product or service", "Description", "Cost per hour", "MTD"]);
    expect(header.slice(-8)).toEqual(["IT systems", "Key people", "Vendors", "Facilities", "Vital records", "Continuity ID", "Continuity version", "Continuity dependencies version"]);
    const renamed = biaHeader({ categories: [{ key: "safety", label: "Health and safety" }], horizons: [90] });
    expect(renamed).toContain("Health and safety @ 1 h 30 min");
  });

  it("writes targets in the pages' words when they read back, else as the form shows them", () => {
    expect([targetCell(240), targetCell(1440), targetCell(20160), targetCell(90), targetCell(null)]).toEqual(["4 h", "1 day", "2 weeks", "90min", ""]);
  });

  it("compares names without letter case or runs of spaces, and splits lists at semicolons", () => {
    expect(nameKey("  Payroll   Run ")).toBe("payroll run");
    expect(splitNames(" SQL01 ; ERP;; ")).toEqual(["SQL01", "ERP"]);
  });
});

describe("writing and reading a BIA file", () => {
  it("reads back what it writes: ratings as the grid's words, ids, versions, formula cells guarded", () => {
    const text = functionsToCsv(shape, [
      {
        id: "fn1",
        version: 3,
        dependenciesVersion: 2,
        grid: { financial: { "240": "major" } },
        cells: { name: "=Payroll", department: "Finance", product: "", description: "Pays staff; monthly", costPerHour: "1200", mtd: "1 day", rto: "4 h", rpo: "", wrt: "", mtdOverrideReason: "", rtoOverrideReason: "", systems: "SQL01; ERP", keyPeople: "", vendors: "", facilities: "", vitalRecords: "Ledger\nContracts" },
      },
    ]);
    expect(text).toContain("'=Payroll");
    expect(text).toContain(",Major,");
    const [row] = rows(text);
    expect(row).toMatchObject({ row: 2, ref: { id: "fn1", version: 3, dependenciesVersion: 2 } });
    expect(row.cells).toMatchObject({ name: "=Payroll", description: "Pays staff; monthly", mtd: "1 day", systems: "SQL01; ERP", vitalRecords: "Ledger\nContracts" });
    expect(row.ratings.find((r) => r.category === "financial" && r.minutes === 240)?.rating).toBe("major");
    expect(row.ratings.find((r) => r.category === "financial" && r.minutes === 60)?.rating).toBeNull();
  });

  it("takes a BOM, semicolons, LF line ends, ratings in any case, and skips blank rows", () => {
    const text = "\uFEFF" + csv([rowOf({ Function: "Payroll", "Customer @ 1 day": "SEVERE" }), header.map(() => ""), rowOf({ Function: "Picking" })], ";").replace(/\r\n/g, "\n");
    const read = rows(text);
    expect(read.map((r) => [r.row, r.cells.name])).toEqual([
      [2, "Payroll"],
      [4, "Picking"],
    ]);
    expect(read[0].ratings.find((r) => r.category === "customer" && r.minutes === 1440)?.rating).toBe("severe");
  });

  it("reads a file with only some columns: the others are left out of the row", () => {
    const [row] = rows("Function,RTO,Financial @ 4 h\r\nPayroll,2h,Minor\r\n");
    expect(row.cells).toEqual({ name: "Payroll", rto: "2h" });
    expect(row.ratings).toEqual([{ category: "financial", minutes: 240, rating: "minor", column: "Financial @ 4 h" }]);
    expect(row.ref).toBeNull();
  });

  it("reports every problem of the file at once, by row and column", () => {
    const text = csv([rowOf({ Function: "Payroll", "Financial @ 1 h": "Huge" }), rowOf({ Function: " payroll " }), rowOf({ Function: "Picking", "Continuity ID": "fn1", "Continuity version": "x", "Continuity dependencies version": "1" })]);
    expect(errors(text)).toEqual([
      "Row 2, column “Financial @ 1 h”: “Huge” is not a rating; write None, Minor, Moderate, Major, Severe, or leave it blank for not rated.",
      "Row 3, column “Function”: row 2 is “payroll” too; each function can be in the file once.",
      "Row 4, column “Continuity version”: keep the version the export wrote (a whole number), or clear the “Continuity ID” to match the function by name.",
    ]);
  });

  it("names the columns that exist when the header has one it does not know", () => {
    const problems = errors("Function,Safety @ 4 h,Financial @ 5h,Owner,RTO,RTO\r\nPayroll,,,,,\r\n");
    expect(problems[0]).toBe("Column “Safety @ 4 h” is not an impact column: the organisation's impact categories are Financial, Operational, Legal / regulatory, Reputational, Customer.");
    expect(problems[1]).toBe("Column “Financial @ 5h”: “5h” is not one of the organisation's outage lengths (1 h, 4 h, 1 day).");
    expect(problems[2]).toMatch(/^Column “Owner” is not a column of the BIA\. Its columns are “Function”, “Department”/);
    expect(problems[3]).toBe("Column “RTO” appears more than once (as “RTO” too).");
  });

  it("needs the Function column, and the three Continuity columns together", () => {
    expect(errors("RTO,Continuity ID\r\n4h,x\r\n")).toEqual([
      "Column “Function” is missing: it names each function.",
      "The columns “Continuity ID”, “Continuity version” and “Continuity dependencies version” go together: keep all three as exported, or delete all three to match functions by name.",
    ]);
  });

  it("refuses a file that is not CSV, naming the line, and an empty file", () => {
    expect(errors('Function\r\n"Payroll\r\n')).toEqual(["Line 2 of the file: a quoted field is not closed."]);
    expect(errors("")).toEqual(["The file is empty: the first row must name the columns."]);
  });
});
