import { describe, expect, it } from "vitest";
import { parseCron } from "../cron";
import { nextRuns } from "../schedule";

const runs = (cron: string, timezone: string, after: string, count: number) => nextRuns({ schedule: { cron, timezone }, after, count });

describe("cron parsing", () => {
  it("names the field and the rule that is broken", () => {
    expect(parseCron("61 * * * *")).toEqual({ ok: false, error: "minute field: 61 is out of range 0–59" });
    expect(parseCron("0 25 * * *")).toEqual({ ok: false, error: "hour field: 25 is out of range 0–23" });
    expect(parseCron("0 0 * * 8")).toEqual({ ok: false, error: "day-of-week field: 8 is out of range 0–7" });
    expect(parseCron("0 0 * *")).toEqual({ ok: false, error: "needs 5 fields (minute hour day-of-month month day-of-week), got 4" });
    expect(parseCron("*/0 * * * *")).toEqual({ ok: false, error: 'minute field: step "0" must be a whole number above 0' });
    expect(parseCron("0 5-2 * * *")).toEqual({ ok: false, error: "hour field: range 5-2 runs backwards" });
    expect(parseCron("0 x * * *")).toEqual({ ok: false, error: 'hour field: "x" is not a number' });
  });

  it("rejects a rule that can never fire", () => {
    expect(parseCron("0 0 30 2 *")).toEqual({ ok: false, error: "never fires: no selected month has any of the selected days" });
    // Feb 29 does exist (in leap years), so it is fine.
    expect(parseCron("0 0 29 2 *").ok).toBe(true);
  });

  it("expands lists, ranges, steps, names and Sunday as 0 or 7", () => {
    // Monday 2 June 2025, UTC.
    expect(runs("*/20 9-10 * * MON-FRI", "UTC", "2025-06-02T08:00:00Z", 7)).toEqual([
      "2025-06-02T09:00:00Z",
      "2025-06-02T09:20:00Z",
      "2025-06-02T09:40:00Z",
      "2025-06-02T10:00:00Z",
      "2025-06-02T10:20:00Z",
      "2025-06-02T10:40:00Z",
      "2025-06-03T09:00:00Z",
    ]);
    expect(runs("0 12 * * 7", "UTC", "2025-06-02T00:00:00Z", 2)).toEqual(["2025-06-08T12:00:00Z", "2025-06-15T12:00:00Z"]);
    expect(runs("0 12 * * 0", "UTC", "2025-06-02T00:00:00Z", 1)).toEqual(["2025-06-08T12:00:00Z"]);
    expect(runs("15 6 1,15 jan,jul *", "UTC", "2025-06-02T00:00:00Z", 3)).toEqual([
      "2025-07-01T06:15:00Z",
      "2025-07-15T06:15:00Z",
      "2026-01-01T06:15:00Z",
    ]);
    // "a/step" runs from a to the end of the field.
    expect(runs("50/5 0 * * *", "UTC", "2025-06-02T00:00:00Z", 3)).toEqual(["2025-06-02T00:50:00Z", "2025-06-02T00:55:00Z", "2025-06-03T00:50:00Z"]);
  });

  it("fires on a day matching either day field when both are restricted", () => {
    // The 1st of the month OR a Monday. After Mon 2 June 01:00: Mondays 9, 16, 23, 30 June, then Tue 1 July.
    expect(runs("0 0 1 * 1", "UTC", "2025-06-02T01:00:00Z", 5)).toEqual([
      "2025-06-09T00:00:00Z",
      "2025-06-16T00:00:00Z",
      "2025-06-23T00:00:00Z",
      "2025-06-30T00:00:00Z",
      "2025-07-01T00:00:00Z",
    ]);
    // "1-31" leaves no day out, so it does not restrict: only the Mondays fire.
    expect(runs("0 0 1-31 * 1", "UTC", "2025-06-02T01:00:00Z", 2)).toEqual(["2025-06-09T00:00:00Z", "2025-06-16T00:00:00Z"]);
  });
});

describe("cron across clock changes (America/New_York, 2025)", () => {
  // Spring: 9 March 02:00 EST (07:00Z) jumps to 03:00 EDT. Autumn: 2 November
  // 02:00 EDT (06:00Z) falls back to 01:00 EST, so 01:00-01:59 happens twice.

  it("a specific-hour rule whose local time is skipped fires at the first instant after the gap", () => {
    // 8 Mar 02:30 EST = 07:30Z; 9 Mar 02:30 does not exist -> 03:00 EDT = 07:00Z; 10 Mar 02:30 EDT = 06:30Z.
    expect(runs("30 2 * * *", "America/New_York", "2025-03-08T00:00:00Z", 3)).toEqual([
      "2025-03-08T02:30:00-05:00",
      "2025-03-09T03:00:00-04:00",
      "2025-03-10T02:30:00-04:00",
    ]);
  });

  it("a `*`-hour rule does not fire at all in the skipped hour", () => {
    // 01:30 EST, then 02:30 is skipped, then 03:30 EDT.
    expect(runs("30 * * * *", "America/New_York", "2025-03-09T06:00:00Z", 2)).toEqual(["2025-03-09T01:30:00-05:00", "2025-03-09T03:30:00-04:00"]);
  });

  it("a specific-hour rule fires once in a repeated hour, at its first pass", () => {
    // 2 Nov 01:30 EDT (05:30Z) only, not again at 01:30 EST (06:30Z); then 3 Nov 01:30 EST.
    expect(runs("30 1 * * *", "America/New_York", "2025-11-02T00:00:00Z", 2)).toEqual(["2025-11-02T01:30:00-04:00", "2025-11-03T01:30:00-05:00"]);
  });

  it("a `*`-hour rule fires in both passes of a repeated hour", () => {
    expect(runs("30 * * * *", "America/New_York", "2025-11-02T04:00:00Z", 4)).toEqual([
      "2025-11-02T00:30:00-04:00",
      "2025-11-02T01:30:00-04:00",
      "2025-11-02T01:30:00-05:00",
      "2025-11-02T02:30:00-05:00",
    ]);
  });

  it("keeps far-apart years exact, each from a time-zone table of its own", () => {
    // A disaster instant decades away asks for its own years; the rules of that time hold there
    // (in 1990 summer time began on the first Sunday of April) and 2025 is unchanged after it.
    const spring2025 = ["2025-03-08T02:30:00-05:00", "2025-03-09T03:00:00-04:00", "2025-03-10T02:30:00-04:00"];
    expect(runs("30 2 * * *", "America/New_York", "2025-03-08T00:00:00Z", 3)).toEqual(spring2025);
    expect(runs("30 2 * * *", "America/New_York", "1990-03-31T00:00:00Z", 3)).toEqual([
      "1990-03-31T02:30:00-05:00",
      "1990-04-01T03:00:00-04:00",
      "1990-04-02T02:30:00-04:00",
    ]);
    expect(runs("30 2 * * *", "America/New_York", "2025-03-08T00:00:00Z", 3)).toEqual(spring2025);
  });

  it("handles a half-hour shift (Australia/Lord_Howe: 02:00 jumps to 02:30 on 5 Oct 2025)", () => {
    // 02:15 is skipped on 5 Oct -> first valid instant 02:30 (+11:00).
    expect(runs("15 2 * * *", "Australia/Lord_Howe", "2025-10-03T12:00:00Z", 3)).toEqual([
      "2025-10-04T02:15:00+10:30",
      "2025-10-05T02:30:00+11:00",
      "2025-10-06T02:15:00+11:00",
    ]);
  });
});

describe("everyMinutes schedules", () => {
  it("fire at anchor + k * interval, before the anchor too", () => {
    // Anchor 2 June 00:00Z, every 90 min: 1 June 22:30, 2 June 00:00, 01:30.
    expect(nextRuns({ schedule: { everyMinutes: 90, anchor: "2025-06-02T00:00:00Z" }, after: "2025-06-01T22:00:00Z", count: 3 })).toEqual([
      "2025-06-01T22:30:00Z",
      "2025-06-02T00:00:00Z",
      "2025-06-02T01:30:00Z",
    ]);
  });

  it("nextRuns counts strictly after `after` and rejects invalid schedules", () => {
    expect(nextRuns({ schedule: { cron: "0 0 * * *", timezone: "UTC" }, after: "2025-06-02T00:00:00Z", count: 1 })).toEqual(["2025-06-03T00:00:00Z"]);
    expect(() => nextRuns({ schedule: { cron: "0 0 * * *", timezone: "Mars/Olympus" }, after: "2025-06-02T00:00:00Z", count: 1 })).toThrow(
      'unknown time zone "Mars/Olympus"',
    );
    expect(() => nextRuns({ schedule: { cron: "0 0 * * *", timezone: "UTC" }, after: "2025-06-02T00:00:00", count: 1 })).toThrow("offset");
  });
});
