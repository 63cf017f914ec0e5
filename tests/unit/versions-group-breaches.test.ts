import { describe, expect, it } from "vitest";
import { breachSummary, groupBreaches } from "@/lib/versions/group-breaches";

const scenarios = [
  { key: "site-loss", name: "Bristol site lost" },
  { key: "ransomware", name: "Ransomware" },
];

describe("a version's unmet objectives by scenario", () => {
  it("groups in the plan's scenario order, findings without a scenario first, and counts each objective", () => {
    const groups = groupBreaches(
      [
        { code: "RTO_BREACHED", scenario: "ransomware", system: "SQL01", message: "SQL01 late" },
        { code: "RPO_BREACHED", scenario: "site-loss", system: "DC01", message: "DC01 loses a day" },
        { code: "MTD_EXCEEDED", scenario: "ransomware", process: "Billing", message: "Billing past its MTD" },
        { code: "RTO_BREACHED", scenario: "ransomware", system: "ERP", message: "ERP late" },
        { code: "NO_RECOVERY_PATH", system: "WEB", message: "WEB has no copy" },
        { code: "UNPLACED", scenario: "gone", system: "APP", message: "APP has no host" },
      ],
      scenarios,
    );
    expect(groups.map((g) => [g.key, g.name, g.breaches.map((b) => b.message)])).toEqual([
      [null, "Every scenario", ["WEB has no copy"]],
      ["site-loss", "Bristol site lost", ["DC01 loses a day"]],
      ["ransomware", "Ransomware", ["SQL01 late", "Billing past its MTD", "ERP late"]],
      // A scenario the snapshot does not name (removed since) is shown by its key, last.
      ["gone", "gone", ["APP has no host"]],
    ]);
    expect(groups[2].counts).toEqual({ rpo: 0, rto: 2, mtd: 1, noPath: 0, unplaced: 0 });
  });

  it("leaves out findings that are not unmet objectives", () => {
    expect(groupBreaches([{ code: "AGE_EXCEEDED", scenario: "site-loss", message: "old" }], scenarios)).toEqual([]);
  });

  it("says a group's counts in words, singular and plural", () => {
    expect(breachSummary({ rpo: 7, rto: 1, mtd: 1, noPath: 0, unplaced: 0 })).toBe("7 RPOs, 1 RTO and 1 MTD missed");
    expect(breachSummary({ rpo: 3, rto: 0, mtd: 8, noPath: 0, unplaced: 3 })).toBe("3 RPOs and 8 MTDs missed; 3 systems with no host to restore to");
    expect(breachSummary({ rpo: 0, rto: 0, mtd: 0, noPath: 1, unplaced: 0 })).toBe("1 system with no copy to restore from");
    expect(breachSummary({ rpo: 0, rto: 2, mtd: 0, noPath: 0, unplaced: 1 })).toBe("2 RTOs missed; 1 system with no host to restore to");
  });
});
