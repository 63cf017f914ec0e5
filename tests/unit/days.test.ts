import { describe, expect, it } from "vitest";
import { dayValue, formatDay, formatInstant } from "@/lib/days";

describe("days and instants as people read them", () => {
  it("shows a stored day (its midnight UTC) as the same calendar day in every time zone", () => {
    expect(formatDay(new Date("2026-09-22T00:00:00Z"))).toBe("22 Sept 2026");
    expect(dayValue(new Date("2026-09-22T00:00:00Z"))).toBe("2026-09-22");
    expect(dayValue(null)).toBe("");
  });

  it("shows an instant in UTC to the minute, whatever offset it was entered with", () => {
    expect(formatInstant(new Date("2026-01-01T00:15:00.000Z"))).toBe("1 Jan 2026, 00:15 UTC");
    expect(formatInstant(new Date("2026-06-10T04:00:59+01:00"))).toBe("10 Jun 2026, 03:00 UTC");
  });
});
