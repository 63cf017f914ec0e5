import { describe, expect, it } from "vitest";
import { judgeMeasurement } from "@/lib/exercises/target-check";
import { changedSince, heldWords, notRecordedWords, todayFlag, todayWords, verdictMissSentences, verdictNotes } from "@/lib/exercises/verdict-words";

// SQL01 restored in 3 h with 30 min of data lost, recorded while its RTO was 4 h and its RPO 1 h.
const restore = { restoreMinutes: 180, dataLossMinutes: 30 };
const recorded = (rto: number | null, rpo: number | null) => ({ ...restore, targetsRecorded: true, rtoTargetMinutes: rto, rpoTargetMinutes: rpo });

describe("a test's record against the targets of its time (decision 45)", () => {
  it("keeps its verdict when the RTO is tightened, and says what today's would show", () => {
    const verdict = judgeMeasurement(recorded(240, 60), { rtoMinutes: 120, rpoMinutes: 60 });
    expect(changedSince(verdict)).toEqual(new Set(["RTO"]));
    expect(heldWords("RTO", verdict)).toBe("RTO 4 h at the time: met");
    expect(todayWords("RTO", verdict)).toBe("Today's RTO is 2 h: this restore would miss it by 1 h.");
    // The RPO has not changed: its cell reads as it always has, with nothing beside it.
    expect(heldWords("RPO", verdict)).toBe("RPO 1 h: met");
    expect(todayWords("RPO", verdict)).toBeNull();
    expect(verdictNotes(verdict)).toEqual(["RTO 4 h at the time: met. Today's RTO is 2 h: this restore would miss it by 1 h."]);
    expect(verdictMissSentences("SQL01", verdict)).toEqual([]);
    expect(todayFlag([verdict])).toBe("Against today's targets, 1 measured restore would miss its target");
  });

  it("keeps a miss when the RTO is loosened, and says today's would be met", () => {
    const verdict = judgeMeasurement(recorded(120, 60), { rtoMinutes: 240, rpoMinutes: 60 });
    expect(heldWords("RTO", verdict)).toBe("RTO 2 h at the time: missed by 1 h");
    expect(todayWords("RTO", verdict)).toBe("Today's RTO is 4 h: this restore would meet it.");
    expect(verdictMissSentences("SQL01", verdict)).toEqual(["This restore took 3 h, 1 h longer than SQL01's RTO of 2 h at the time."]);
    expect(todayFlag([verdict])).toBe("Against today's targets, none of its measured restores would miss one");
  });

  it("says a target set since, or removed since", () => {
    const set = judgeMeasurement(recorded(null, 60), { rtoMinutes: 120, rpoMinutes: 60 });
    expect(heldWords("RTO", set)).toBe("No RTO at the time");
    expect(verdictNotes(set)).toEqual(["No RTO at the time. Today's RTO is 2 h: this restore would miss it by 1 h."]);
    const removed = judgeMeasurement(recorded(240, 60), { rtoMinutes: null, rpoMinutes: 60 });
    expect(verdictNotes(removed)).toEqual(["RTO 4 h at the time: met. Today's targets have no RTO."]);
  });

  it("says the same verdict both ways when only the target moved", () => {
    const verdict = judgeMeasurement(recorded(240, 60), { rtoMinutes: 200, rpoMinutes: 15 });
    expect(verdictNotes(verdict)).toEqual([
      "RTO 4 h at the time: met. Today's RTO is 3 h 20 min: this restore would meet it.",
      "RPO 1 h at the time: met. Today's RPO is 15 min: this restore would miss it by 15 min.",
    ]);
    expect(todayFlag([verdict])).toBe("Against today's targets, 1 measured restore would miss its target");
    // A report speaks of its plan's targets: a version's report shows the plan as it froze it.
    expect(todayWords("RPO", verdict, "this plan's")).toBe("This plan's RPO is 15 min: this restore would miss it by 15 min.");
  });

  it("reads as before when today's targets are those of the time", () => {
    const verdict = judgeMeasurement(recorded(120, 15), { rtoMinutes: 120, rpoMinutes: 15 });
    expect(heldWords("RTO", verdict)).toBe("RTO 2 h: missed by 1 h");
    expect(heldWords("RPO", verdict)).toBe("RPO 15 min: missed by 15 min");
    expect(verdictNotes(verdict)).toEqual([]);
    expect(verdictMissSentences("SQL01", verdict)).toEqual([
      "This restore took 3 h, 1 h longer than SQL01's RTO of 2 h.",
      "It lost 30 min of data, 15 min more than SQL01's RPO of 15 min.",
    ]);
    expect(todayFlag([verdict])).toBeNull();
  });

  it("holds a restore whose targets were not recorded against today's, and says so", () => {
    const verdict = judgeMeasurement(restore, { rtoMinutes: 120, rpoMinutes: null });
    expect(verdict.recorded).toBe(false);
    expect(heldWords("RTO", verdict)).toBe("RTO 2 h: missed by 1 h");
    expect(todayWords("RTO", verdict)).toBeNull();
    expect(notRecordedWords(verdict)).toBe("Targets at the time were not recorded; held against today's RTO of 2 h.");
    expect(verdictNotes(verdict)).toEqual(["Targets at the time were not recorded; held against today's RTO of 2 h."]);
    expect(notRecordedWords(judgeMeasurement(restore, { rtoMinutes: 120, rpoMinutes: 15 }), "this plan's")).toBe(
      "Targets at the time were not recorded; held against this plan's RTO of 2 h and RPO of 15 min.",
    );
    expect(notRecordedWords(judgeMeasurement(restore, { rtoMinutes: null, rpoMinutes: null }))).toBe("Targets at the time were not recorded; today's targets have no RTO or RPO.");
    expect(notRecordedWords(judgeMeasurement(recorded(120, 15), { rtoMinutes: 120, rpoMinutes: 15 }))).toBeNull();
    expect(todayFlag([verdict])).toBeNull();
  });

  it("counts the restores today's targets would fail, for the test's line beside its result", () => {
    const tightened = judgeMeasurement(recorded(240, 60), { rtoMinutes: 120, rpoMinutes: 60 });
    const missedAnyway = judgeMeasurement(recorded(120, 60), { rtoMinutes: 120, rpoMinutes: 60 });
    expect(todayFlag([tightened, missedAnyway])).toBe("Against today's targets, 2 measured restores would miss their targets");
  });
});

describe("a restore whose data lost was not measured (decision 71)", () => {
  const blank = { restoreMinutes: 180, dataLossMinutes: null, targetsRecorded: true, rtoTargetMinutes: 240, rpoTargetMinutes: 60 };

  it("says so against the RPO of its time and today's, never met", () => {
    const verdict = judgeMeasurement(blank, { rtoMinutes: 240, rpoMinutes: 15 });
    expect(heldWords("RTO", verdict)).toBe("RTO 4 h: met");
    expect(heldWords("RPO", verdict)).toBe("RPO 1 h at the time: data lost not measured");
    expect(todayWords("RPO", verdict)).toBe("Today's RPO is 15 min: this restore did not measure the data lost.");
    expect(verdictMissSentences("SQL01", verdict)).toEqual([]);
    expect(todayFlag([verdict])).toBeNull();
  });
});
