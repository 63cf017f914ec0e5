import { describe, expect, it } from "vitest";
import { formatDuration, formatMiB, formatRate } from "../words";

describe("durations in words", () => {
  it("uses the two largest units a reader needs", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(0.5)).toBe("30 s");
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(200)).toBe("3 h 20 min");
    expect(formatDuration(180)).toBe("3 h");
    expect(formatDuration(1440)).toBe("1 day");
    expect(formatDuration(10080)).toBe("7 days");
    expect(formatDuration(11190)).toBe("7 days 19 h"); // 7 d 18 h 30 min rounds to the hour
    expect(formatDuration(null)).toBe("unbounded");
    expect(formatDuration(-90)).toBe("-1 h 30 min");
  });

  it("rounds advice in the safe direction", () => {
    // "Back up at least every X": never longer than what was computed.
    expect(formatDuration(200.9, "down")).toBe("3 h 20 min");
    expect(formatDuration(1439.5, "down")).toBe("23 h 59 min");
    expect(formatDuration(1439.5)).toBe("1 day");
    expect(formatDuration(2 * 1440 + 59, "down")).toBe("2 days");
    expect(formatRate(259.2, "up")).toBe("260 MB/s");
    expect(formatRate(150, "down")).toBe("150 MB/s");
  });

  it("shows memory in MiB or GiB", () => {
    expect(formatMiB(544)).toBe("544 MiB");
    expect(formatMiB(61140)).toBe("59.7 GiB");
    expect(formatMiB(65536)).toBe("64 GiB");
  });
});
