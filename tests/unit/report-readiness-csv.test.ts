import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/csv/read-csv";

const parseCsv = (text: string) => readCsv(text).map((record) => record.cells);
import { readinessToCsv, READINESS_COLUMNS } from "@/lib/reports/readiness-csv";
import { sampleReportInput, systemName } from "@/lib/reports/sample-input";

describe("the readiness matrix as CSV", () => {
  it("has one row per system and scenario, with the targets and their status", () => {
    const assessment = sampleReportInput({ systems: 8 }).snapshot.recovery.assessment!;
    const [header, ...rows] = parseCsv(readinessToCsv(assessment));
    expect(header).toEqual(READINESS_COLUMNS);
    expect(rows).toHaveLength(16);
    expect(rows.find((r) => r[0] === systemName(7) && r[2] === "site-loss")).toEqual([systemName(7), "site-loss", "site-loss", "1500", "1440", "breached", "170", "110", "breached"]);
  });

  it("names scenarios by their names, keeps the id, and says which VMs are not assessed and why", () => {
    const assessment = sampleReportInput({ systems: 1 }).snapshot.recovery.assessment!;
    const csv = readinessToCsv(assessment, { scenarioNames: { "site-loss": "Head office lost" }, incomplete: [{ system: "APP", missing: ["memory"], functions: [] }] });
    const [, ...rows] = parseCsv(csv);
    expect(rows[0].slice(0, 3)).toEqual([systemName(0), "Head office lost", "site-loss"]);
    expect(rows).toContainEqual(["APP", "Head office lost", "site-loss", "", "", "not assessed (memory not set)", "", "", "not assessed (memory not set)"]);
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    const assessment = sampleReportInput({ systems: 1 }).snapshot.recovery.assessment!;
    assessment.scenarios[0].systems[0].id = "=HYPERLINK(\"http://evil\")";
    const [, row] = parseCsv(readinessToCsv(assessment));
    expect(row[0]).toBe("'=HYPERLINK(\"http://evil\")");
  });

  it("is a header only when the model could not be assessed", () => {
    expect(parseCsv(readinessToCsv(null))).toEqual([READINESS_COLUMNS]);
  });
});
