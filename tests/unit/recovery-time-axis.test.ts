import { describe, expect, it } from "vitest";
import { timeAxis } from "@/lib/recovery/dashboard/time-axis";

describe("the timeline's time axis", () => {
  it("ticks in whole hours for a recovery of a few hours, ending after the last bar", () => {
    // 5 h 18 min: quarters would read 1 h 20 min, 2 h 39 min…; whole hours read at a glance.
    expect(timeAxis({ span: 318 })).toEqual({ end: 360, ticks: [0, 60, 120, 180, 240, 300, 360] });
  });

  it("widens the step so there are never more ticks than asked for", () => {
    for (const span of [1, 7, 45, 61, 200, 719, 1441, 5000, 20_000, 100_000, 1_000_000]) {
      const { end, ticks } = timeAxis({ span });
      expect(ticks.length).toBeLessThanOrEqual(8);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(end).toBeGreaterThanOrEqual(span);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]).toBe(end);
    }
  });

  it("keeps to steps that divide a day for multi-day recoveries", () => {
    // Two days and 100 minutes: 8-hour steps (0, 8 h, 16 h, 1 day, …).
    expect(timeAxis({ span: 2 * 1440 + 100 })).toEqual({ end: 3360, ticks: [0, 480, 960, 1440, 1920, 2400, 2880, 3360] });
    // Nine days: two-day steps up to ten days.
    expect(timeAxis({ span: 9 * 1440 })).toEqual({ end: 14400, ticks: [0, 2880, 5760, 8640, 11520, 14400] });
  });

  it("draws an empty scenario on a short axis instead of dividing by zero", () => {
    expect(timeAxis({ span: 0 })).toEqual({ end: 1, ticks: [0, 1] });
  });
});
