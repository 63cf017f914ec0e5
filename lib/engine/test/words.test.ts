import { describe, expect, it } from "vitest";
import { formatDuration, formatMiB, formatRate } from "../words";

describe("durations in words", () => {
  it("is exact to the minute, with no unit that is zero", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(0.5)).toBe("30 s");
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(200)).toBe("3 h 20 min");
    expect(formatDuration(180)).toBe("3 h");
    expect(formatDuration(1440)).toBe("1 day");
    expect(formatDuration(1460)).toBe("1 day 20 min");
    expect(formatDuration(1710)).toBe("1 day 4 h 30 min"); // 28 h 30 min: no longer "1 day 5 h"
    expect(formatDuration(2010)).toBe("1 day 9 h 30 min"); // 33 h 30 min: no longer "1 day 10 h"
    expect(formatDuration(2 * 1440 + 1)).toBe("2 days 1 min");
    // Whole weeks read as weeks, as the BIA's targets are typed ("1w"); anything else counts days.
    expect(formatDuration(10080)).toBe("1 week");
    expect(formatDuration(20160)).toBe("2 weeks");
    expect(formatDuration(10100)).toBe("7 days 20 min");
    expect(formatDuration(11520)).toBe("8 days");
    expect(formatDuration(-10080)).toBe("-1 week");
    expect(formatDuration(11190)).toBe("7 days 18 h 30 min");
    expect(formatDuration(11280)).toBe("7 days 20 h");
    expect(formatDuration(null)).toBe("unbounded");
    expect(formatDuration(Infinity)).toBe("unbounded");
    expect(formatDuration(-90)).toBe("-1 h 30 min");
    expect(formatDuration(-1995)).toBe("-1 day 9 h 15 min");
  });

  it("never shows a breach over a day as its target: 1460 min against 1440 min", () => {
    // The what-if page read "1 day 2 h RPO breached → 1 day RPO breached" for 1460 min
    // against a 1-day target: rounded to the hour, 1460 min read as the target itself.
    expect(formatDuration(1460)).not.toBe(formatDuration(1440));
    expect(formatDuration(1441)).toBe("1 day 1 min");
    // A value and its distance to a target read alike: 2010 min is 1995 min over 15 min.
    expect(formatDuration(2010 - 15)).toBe("1 day 9 h 15 min");
  });

  it("rounds advice in the safe direction, to the minute at every length", () => {
    // "Back up at least every X": never longer than what was computed.
    expect(formatDuration(200.9, "down")).toBe("3 h 20 min");
    expect(formatDuration(1439.5, "down")).toBe("23 h 59 min");
    // Unasked, a part of a minute rounds up: no computed time reads shorter than it is.
    expect(formatDuration(1439.5)).toBe("1 day");
    expect(formatDuration(1439.5, "up")).toBe("1 day");
    expect(formatDuration(2 * 1440 + 59, "down")).toBe("2 days 59 min");
    expect(formatDuration(2 * 1440 + 59.9, "down")).toBe("2 days 59 min");
    expect(formatDuration(2 * 1440 + 59.9)).toBe("2 days 1 h");
    expect(formatDuration(1460.2, "down")).toBe("1 day 20 min");
    expect(formatDuration(1460.2, "up")).toBe("1 day 21 min");
    expect(formatDuration(1460.2)).toBe("1 day 21 min");
    expect(formatDuration(120.4)).toBe("2 h 1 min");
    expect(formatDuration(120)).toBe("2 h");
    // "Keep it locked longer than X": never shorter than what was computed.
    expect(formatDuration(10080.01, "up")).toBe("7 days 1 min");
    expect(formatDuration(10080.01, "down")).toBe("1 week");
    // Float noise does not tip a whole minute over.
    expect(formatDuration(1440 + 1e-10, "up")).toBe("1 day");
    expect(formatDuration(1440 - 1e-10, "down")).toBe("1 day");
    // A negative duration rounds its size the other way, so it stays on the safe side too.
    expect(formatDuration(-1460.2, "down")).toBe("-1 day 21 min");
    expect(formatRate(259.2, "up")).toBe("260 MB/s");
    expect(formatRate(150, "down")).toBe("150 MB/s");
  });

  it("shows memory in MiB or GiB", () => {
    expect(formatMiB(544)).toBe("544 MiB");
    expect(formatMiB(61140)).toBe("59.7 GiB");
    expect(formatMiB(65536)).toBe("64 GiB");
  });
});
