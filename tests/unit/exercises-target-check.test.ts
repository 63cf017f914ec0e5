import { describe, expect, it } from "vitest";
import {
  checkMeasurement,
  judgeMeasurement,
  lastTargetsWords,
  lastTestWords,
  missesWords,
  missSentences,
  notJudgedSentence,
  notMeasuredWords,
  resultFlag,
  shortfallWords,
  tallyChecks,
  targetOutcome,
  targetWords,
  testTargets,
  type TargetMiss,
} from "@/lib/exercises/target-check";

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
    expect(tallyChecks([check])).toEqual({ checked: 0, missed: 0, notMeasured: 0 });
  });

  it("counts the restores held against a target and those that missed one", () => {
    const checks = [
      checkMeasurement({ restoreMinutes: 90, dataLossMinutes: 60 }, coldMon),
      checkMeasurement({ restoreMinutes: 10, dataLossMinutes: 0 }, coldMon),
      checkMeasurement({ restoreMinutes: 10, dataLossMinutes: 0 }, { rtoMinutes: null, rpoMinutes: null }),
    ];
    expect(tallyChecks(checks)).toEqual({ checked: 2, missed: 1, notMeasured: 0 });
  });

  it("names each target a test's restores missed, by system, for the schedule", () => {
    const targets = testTargets([
      { system: "COLD-MON", verdict: judgeMeasurement({ restoreMinutes: 90, dataLossMinutes: 60 }, coldMon) },
      { system: "ALARMS", verdict: judgeMeasurement({ restoreMinutes: 10, dataLossMinutes: 0 }, coldMon) },
    ]);
    expect(targets).toEqual({
      checked: 2,
      missed: 1,
      misses: [
        { system: "COLD-MON", target: "RTO", missedBy: 45 },
        { system: "COLD-MON", target: "RPO", missedBy: 55 },
      ],
      metThen: 0,
      notMeasured: 0,
    });
    expect(missesWords(targets.misses)).toBe("COLD-MON's RTO by 45 min and COLD-MON's RPO by 55 min");
    expect(lastTestWords(targets.misses)).toBe("missed COLD-MON's RTO by 45 min and COLD-MON's RPO by 55 min");
    expect(lastTargetsWords(targets)).toBe("Missed: 1 measured restore missed its target");
  });

  it("says a target missed twice by its worse miss, and names at most five", () => {
    const rto = (system: string, missedBy: number) => ({ system, target: "RTO" as const, missedBy });
    expect(missesWords([rto("APP", 30), rto("APP", 120), rto("DB", 5)])).toBe("APP's RTO by 2 h and DB's RTO by 5 min");
    expect(missesWords(["A", "B", "C", "D", "E", "F", "G"].map((s) => rto(s, 10)))).toBe(
      "A's RTO by 10 min, B's RTO by 10 min, C's RTO by 10 min, D's RTO by 10 min, E's RTO by 10 min and 2 more",
    );
  });
});

describe("a measured restore whose data lost was not measured (decision 71)", () => {
  const blank = { restoreMinutes: 30, dataLossMinutes: null };

  it("is neither met nor missed against the RPO, while its restore time is judged against the RTO", () => {
    const check = checkMeasurement(blank, coldMon);
    expect(check).toEqual({ rto: { target: 45, measured: 30, missedBy: 0 }, rpo: { target: 5, measured: null, missedBy: 0 } });
    expect(targetOutcome(check.rto!)).toBe("met");
    expect(targetOutcome(check.rpo!)).toBe("not-measured");
    expect(targetWords("RTO", check.rto)).toBe("RTO 45 min: met");
    expect(targetWords("RPO", check.rpo)).toBe("RPO 5 min: data lost not measured");
    expect(missSentences("COLD-MON", check)).toEqual([]);
    expect(notJudgedSentence("COLD-MON", check)).toBe("The data lost was not measured, so COLD-MON's RPO of 5 min is not judged.");
    expect(notJudgedSentence("COLD-MON", checkMeasurement({ restoreMinutes: 30, dataLossMinutes: 0 }, coldMon))).toBeNull();
    expect(notJudgedSentence("COLD-MON", checkMeasurement(blank, { rtoMinutes: 45, rpoMinutes: null }))).toBeNull();
  });

  it("tells a measured 0 apart from a blank: 0 lost meets the RPO", () => {
    expect(targetOutcome(checkMeasurement({ restoreMinutes: 30, dataLossMinutes: 0 }, coldMon).rpo!)).toBe("met");
    expect(targetOutcome(checkMeasurement({ restoreMinutes: 30, dataLossMinutes: 60 }, coldMon).rpo!)).toBe("missed");
  });

  it("is never counted as meeting its targets, nor as missing them", () => {
    const rpoOnly = checkMeasurement(blank, { rtoMinutes: null, rpoMinutes: 5 });
    expect(tallyChecks([rpoOnly])).toEqual({ checked: 0, missed: 0, notMeasured: 1 });
    expect(tallyChecks([checkMeasurement(blank, coldMon)])).toEqual({ checked: 1, missed: 0, notMeasured: 1 });
    // No RPO to hold it against: nothing is left unjudged.
    expect(tallyChecks([checkMeasurement(blank, { rtoMinutes: 45, rpoMinutes: null })])).toEqual({ checked: 1, missed: 0, notMeasured: 0 });
  });

  it("leaves the schedule's last test short of \"Met\"", () => {
    const targets = testTargets([{ system: "COLD-MON", verdict: judgeMeasurement(blank, coldMon) }]);
    expect(targets).toEqual({ checked: 1, missed: 0, misses: [], metThen: 0, notMeasured: 1 });
    expect(notMeasuredWords(1)).toBe("1 measured restore did not measure the data lost");
    expect(notMeasuredWords(2)).toBe("2 measured restores did not measure the data lost");
    expect(lastTargetsWords(targets)).toBe("RPO not judged: 1 measured restore did not measure the data lost");
    expect(lastTargetsWords({ checked: 2, missed: 1, metThen: 0, notMeasured: 1 })).toBe(
      "Missed: 1 measured restore missed its target; RPO not judged: 1 measured restore did not measure the data lost",
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

describe("a measured restore against the targets recorded with it and against today's (decision 45)", () => {
  const sql = { restoreMinutes: 180, dataLossMinutes: 30 };
  const recorded = { targetsRecorded: true, rtoTargetMinutes: 240, rpoTargetMinutes: 60 };
  const today = { rtoMinutes: 120, rpoMinutes: 60 };

  it("judges the record against the targets of the time and the schedule against today's", () => {
    expect(judgeMeasurement({ ...sql, ...recorded }, today)).toEqual({
      check: { rto: { target: 240, measured: 180, missedBy: 0 }, rpo: { target: 60, measured: 30, missedBy: 0 } },
      today: { rto: { target: 120, measured: 180, missedBy: 60 }, rpo: { target: 60, measured: 30, missedBy: 0 } },
      recorded: true,
    });
  });

  it("holds a restore recorded before the targets were kept (or in an older version) against today's", () => {
    const expected = { check: checkMeasurement(sql, today), today: checkMeasurement(sql, today), recorded: false };
    expect(judgeMeasurement({ ...sql, targetsRecorded: false, rtoTargetMinutes: null, rpoTargetMinutes: null }, today)).toEqual(expected);
    expect(judgeMeasurement(sql, today)).toEqual(expected);
  });

  it("keeps a target the system did not have then as none, whatever today's", () => {
    const verdict = judgeMeasurement({ ...sql, targetsRecorded: true, rtoTargetMinutes: null, rpoTargetMinutes: null }, today);
    expect(verdict.check).toEqual({ rto: null, rpo: null });
    expect(verdict.today.rto).toEqual({ target: 120, measured: 180, missedBy: 60 });
  });

  it("tells the schedule which misses come only from a target tightened or set since", () => {
    const targets = testTargets([
      { system: "SQL01", verdict: judgeMeasurement({ ...sql, ...recorded }, today) },
      { system: "FILE01", verdict: judgeMeasurement({ restoreMinutes: 300, dataLossMinutes: 0, targetsRecorded: true, rtoTargetMinutes: null, rpoTargetMinutes: null }, { rtoMinutes: 240, rpoMinutes: null }) },
      // Missed then and now: a miss, not a target tightened since.
      { system: "WMS", verdict: judgeMeasurement({ restoreMinutes: 200, dataLossMinutes: 0, targetsRecorded: true, rtoTargetMinutes: 180, rpoTargetMinutes: null }, { rtoMinutes: 120, rpoMinutes: null }) },
      // Not recorded: its miss of today's target cannot be said to be new.
      { system: "DC01", verdict: judgeMeasurement({ restoreMinutes: 90, dataLossMinutes: 0 }, { rtoMinutes: 60, rpoMinutes: null }) },
    ]);
    expect(targets).toEqual({
      checked: 4,
      missed: 4,
      metThen: 2,
      notMeasured: 0,
      misses: [
        { system: "SQL01", target: "RTO", missedBy: 60, since: { then: 240, today: 120 } },
        { system: "FILE01", target: "RTO", missedBy: 60, since: { then: null, today: 240 } },
        { system: "WMS", target: "RTO", missedBy: 80 },
        { system: "DC01", target: "RTO", missedBy: 30 },
      ],
    });
    expect(lastTestWords(targets.misses)).toBe(
      "missed WMS's RTO by 1 h 20 min and DC01's RTO by 30 min; it met SQL01's RTO of 4 h then, but today's RTO is 2 h; it restored FILE01 when it had no RTO, but today's RTO is 4 h",
    );
    expect(shortfallWords(targets)).toBe("2 measured restores missed their targets; 2 more met their targets then, not today's");
    expect(lastTargetsWords(targets)).toBe("Missed: 2 measured restores missed their targets; 2 more met their targets then, not today's");
  });

  it("says a last test that met every target of its time, tightened since, in words of its own", () => {
    const misses: TargetMiss[] = [{ system: "SQL01", target: "RTO", missedBy: 60, since: { then: 240, today: 120 } }];
    expect(lastTestWords(misses)).toBe("met SQL01's RTO of 4 h then, but today's RTO is 2 h");
    expect(shortfallWords({ missed: 1, metThen: 1 })).toBe("1 measured restore met its target then, not today's");
    expect(lastTargetsWords({ checked: 1, missed: 1, metThen: 1, notMeasured: 0 })).toBe("Tightened since: 1 measured restore met its target then, not today's");
  });

  it("names a target another restore missed only as a miss, each system's target once, and at most three tightened", () => {
    const since = (system: string, missedBy: number): TargetMiss => ({ system, target: "RTO", missedBy, since: { then: 240, today: 120 } });
    expect(lastTestWords([{ system: "SQL01", target: "RTO", missedBy: 30 }, since("SQL01", 60)])).toBe("missed SQL01's RTO by 30 min");
    expect(lastTestWords([since("A", 10), since("A", 20), since("B", 10), since("C", 10), since("D", 10), since("E", 10)])).toBe(
      "met A's RTO of 4 h then, but today's RTO is 2 h; it met B's RTO of 4 h then, but today's RTO is 2 h; it met C's RTO of 4 h then, but today's RTO is 2 h; it met 2 more targets then that have been tightened since",
    );
  });

  it("says a miss of a target changed since as the target of the time", () => {
    const check = checkMeasurement({ restoreMinutes: 180, dataLossMinutes: 30 }, { rtoMinutes: 120, rpoMinutes: 15 });
    expect(missSentences("SQL01", check, new Set(["RTO"]))).toEqual([
      "This restore took 3 h, 1 h longer than SQL01's RTO of 2 h at the time.",
      "It lost 30 min of data, 15 min more than SQL01's RPO of 15 min.",
    ]);
  });
});
