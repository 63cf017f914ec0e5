import { describe, expect, it } from "vitest";
import { describeSchedule, formatRun, presetCron, presetOf } from "@/components/recovery/setup/schedule-presets";

describe("schedule presets", () => {
  it("writes each preset as a cron rule", () => {
    expect(presetCron({ kind: "nightly", time: "23:30" })).toBe("30 23 * * *");
    expect(presetCron({ kind: "hours", hours: 3 })).toBe("0 */3 * * *");
    expect(presetCron({ kind: "hours", hours: 1 })).toBe("0 * * * *");
    expect(presetCron({ kind: "weekly", day: 5, time: "17:00" })).toBe("0 17 * * 5");
    expect(presetCron({ kind: "interval", everyMinutes: "90", anchor: "2026-01-01T00:00:00Z" })).toBeNull();
  });

  it("writes no rule for a time of day left blank or half typed, so the save is refused instead of backing up at midnight", () => {
    for (const time of ["", "23:", ":30", "24:00", "12:60"]) {
      expect(presetCron({ kind: "nightly", time })).toBe("");
      expect(presetCron({ kind: "weekly", day: 5, time })).toBe("");
    }
    expect(presetCron({ kind: "nightly", time: "00:00" })).toBe("0 0 * * *");
    expect(presetCron({ kind: "weekly", day: 1, time: "07:05" })).toBe("5 7 * * 1");
  });

  it("recognises stored schedules as the preset that made them", () => {
    for (const preset of [
      { kind: "nightly", time: "23:00" },
      { kind: "hours", hours: 6 },
      { kind: "weekly", day: 1, time: "07:15" },
    ] as const) {
      expect(presetOf({ cron: presetCron(preset), everyMinutes: null, anchor: null })).toEqual(preset);
    }
    expect(presetOf({ cron: "0 1 1 * *", everyMinutes: null, anchor: null })).toEqual({ kind: "custom", cron: "0 1 1 * *" });
    expect(presetOf({ cron: null, everyMinutes: 60, anchor: "2026-01-01T00:15:00.000Z" })).toEqual({ kind: "interval", everyMinutes: "60", anchor: "2026-01-01T00:15:00.000Z" });
  });

  it("formats a run at its own offset", () => {
    expect(formatRun("2026-11-25T23:00:00+00:00")).toBe("Wed 25 Nov 2026, 23:00 (UTC+00:00)");
    expect(formatRun("2026-07-01T06:30:00+01:00")).toBe("Wed 1 Jul 2026, 06:30 (UTC+01:00)");
  });
});

describe("a schedule in words", () => {
  const at = (cron: string | null, everyMinutes: number | null = null) => describeSchedule({ cron, timezone: "Europe/London", everyMinutes, anchor: null });
  it("says a preset as people say it, with its time zone, and anything else as its cron rule", () => {
    expect(at("0 23 * * *")).toBe("daily at 23:00 (Europe/London)");
    expect(at("30 17 * * 5")).toBe("Fridays at 17:30 (Europe/London)");
    expect(at("0 * * * *")).toBe("every 1 h (Europe/London)");
    expect(at("0 */4 * * *")).toBe("every 4 h (Europe/London)");
    expect(at("0 1 1 * *")).toBe("cron 0 1 1 * * (Europe/London)");
    // Every few hours and an interval read alike, in the words every duration is shown in, not as
    // "every 4 hours" beside "every 240 min".
    expect(at(null, 240)).toBe("every 4 h");
    expect(at(null, 90)).toBe("every 1 h 30 min");
    expect(at(null, null)).toBe("every ?");
  });
});
