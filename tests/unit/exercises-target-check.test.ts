import { describe, expect, it } from "vitest";
import { checkMeasurement, missesWords, missSentences, resultFlag, tallyChecks, targetWords, testTargets } from "@/lib/exercises/target-check";

const coldMon = { rtoMinutes: 45, rpoMinutes: 5 };

describe("a measured restore against its system's targets", () => {
  it("says by how much a restore of 90 min with 60 min lost missed an RTO of 45 min and an RPO of 5 min", () => {
    const check = checkMeasurement({ restoreMinutes: 90, dataLossMinutes: 60 }, coldMon);
    expect(check).toEqual({ rto: { target: 45, measured: 90, missedBy: 45 }, rpo: { target: 5, measured: 60, missedBy: 55 } });
    expect(targetWords("RTO", check.rto)).toBe("RTO 45 min: missed by 45 min");
    expect(targetWords("RPO", check.rpo)).toBe("RPO 5 min: missed by 55 min");
    expect(missSentences("COLD-MON", check)).toEqual([
      "This restore took 1 h 30 min, 45 min longer than COLD-MON's RTO of 45 min.",
      "It lost 1 h of data, 55 min more than COLD-MON's RPO of 5 min.",
    ]);
  });

  it("meets a target it reaches exactly, and says nothing is missed", () => {
    const check = checkMeasurement({ restoreMinutes: 45, dataLossMinutes: 0 }, coldMon);
    expect(targetWords("RTO", check.rto)).toBe("RTO 45 min: met");
    expect(targetWords("RPO", check.rpo)).toBe("RPO 5 min: met");
    expect(missSentences("COLD-MON", check)).toEqual([]);
  });

  it("names the RPO alone when only the data lost missed", () => {
    const check = checkMeasurement({ restoreMinutes: 30, dataLossMinutes: 20 }, coldMon);
    expect(missSentences("COLD-MON", check)).toEqual(["This restore lost 20 min of data, 15 min more than COLD-MON's RPO of 5 min."]);
  });

  it("holds nothing against a target the system does not have", () => {
    const check = checkMeasurement({ restoreMinutes: 600, dataLossMinutes: 600 }, { rtoMinutes: null, rpoMinutes: null });
    expect(check).toEqual({ rto: null, rpo: null });
    expect(targetWords("RTO", check.rto)).toBe("No RTO set");
    expect(tallyChecks([check])).toEqual({ checked: 0, missed: 0 });
  });

  it("counts the restores held against a target and those that missed one", () => {
    const checks = [
      checkMeasurement({ restoreMinutes: 90, dataLossMinutes: 60 }, coldMon),
      checkMeasurement({ restoreMinutes: 10, dataLossMinutes: 0 }, coldMon),
      checkMeasurement({ restoreMinutes: 10, dataLossMinutes: 0 }, { rtoMinutes: null, rpoMinutes: null }),
    ];
    expect(tallyChecks(checks)).toEqual({ checked: 2, missed: 1 });
  });

  it("names each target a test's restores missed, by system, for the schedule", () => {
    const targets = testTargets([
      { system: "COLD-MON", check: checkMeasurement({ restoreMinutes: 90, dataLossMinutes: 60 }, coldMon) },
      { system: "ALARMS", check: checkMeasurement({ restoreMinutes: 10, dataLossMinutes: 0 }, coldMon) },
    ]);
    expect(targets).toEqual({
      checked: 2,
      missed: 1,
      misses: [
        { system: "COLD-MON", target: "RTO", missedBy: 45 },
        { system: "COLD-MON", target: "RPO", missedBy: 55 },
      ],
    });
    expect(missesWords(targets.misses)).toBe("COLD-MON's RTO by 45 min and COLD-MON's RPO by 55 min");
  });

  it("says a target missed twice by its worse miss, and names at most five", () => {
    const rto = (system: string, missedBy: number) => ({ system, target: "RTO" as const, missedBy });
    expect(missesWords([rto("APP", 30), rto("APP", 120), rto("DB", 5)])).toBe("APP's RTO by 2 h and DB's RTO by 5 min");
    expect(missesWords(["A", "B", "C", "D", "E", "F", "G"].map((s) => rto(s, 10)))).toBe(
      "A's RTO by 10 min, B's RTO by 10 min, C's RTO by 10 min, D's RTO by 10 min, E's RTO by 10 min and 2 more",
    );
  });
});

describe("a result that reads as success over missed targets", () => {
  it("is flagged in words, for Passed and Passed with findings, and left as recorded", () => {
    expect(resultFlag("passed", 1)).toBe("Passed, but 1 measured restore missed its target");
    expect(resultFlag("passed_with_findings", 2)).toBe("Passed with findings, but 2 measured restores missed their targets");
  });

  it("is not flagged when nothing missed, or when the test is recorded as failed", () => {
    expect(resultFlag("passed", 0)).toBeNull();
    expect(resultFlag("failed", 3)).toBeNull();
  });
});
