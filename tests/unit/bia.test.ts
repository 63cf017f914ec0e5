import { describe, expect, it } from "vitest";
import { durationInput, formatDuration, parseDuration } from "@/lib/bia/durations";
import { gridFromValues, impactGridSchema } from "@/lib/bia/impact";
import { suggestTargets } from "@/lib/bia/suggest-targets";
import { checkTargets } from "@/lib/bia/target-checks";
import { updateBiaSettingsSchema } from "@/lib/settings/schemas";

const HORIZONS = [60, 240, 1440, 4320, 10080, 20160];

describe("durations", () => {
  it("parses friendly durations into minutes and refuses bare numbers", () => {
    expect(parseDuration("90min")).toBe(90);
    expect(parseDuration("4h")).toBe(240);
    expect(parseDuration(" 1 day ")).toBe(1440);
    expect(parseDuration("1.5h")).toBe(90);
    expect(parseDuration("2w")).toBe(20160);
    expect(parseDuration("")).toBeNull();
    expect(parseDuration("4")).toBeUndefined();
    expect(parseDuration("4 parsecs")).toBeUndefined();
  });

  it("shows minutes in the largest whole unit", () => {
    expect(formatDuration(240)).toBe("4 h");
    expect(formatDuration(1440)).toBe("1 day");
    expect(formatDuration(4320)).toBe("3 days");
    expect(formatDuration(20160)).toBe("2 weeks");
    expect(formatDuration(90)).toBe("1 h 30 min");
    expect(formatDuration(30)).toBe("30 min");
    expect(formatDuration(null)).toBe("—");
    expect(durationInput(2880)).toBe("2d");
    expect(durationInput(90)).toBe("90min");
  });
});

describe("impact grid", () => {
  it("reads the grid from the form's cell names and validates ratings", () => {
    const grid = gridFromValues({ "impact.financial.60": "minor", "impact.customer.240": "", name: "x" });
    expect(grid).toEqual({ financial: { "60": "minor" } });
    expect(impactGridSchema.safeParse(grid).success).toBe(true);
    expect(impactGridSchema.safeParse({ financial: { "60": "catastrophic" } }).success).toBe(false);
    expect(impactGridSchema.safeParse({ weather: { "60": "minor" } }).success).toBe(false);
  });
});

describe("suggestTargets", () => {
  const grid = {
    financial: { "60": "none", "240": "minor", "1440": "moderate", "4320": "major" },
    customer: { "60": "minor", "240": "moderate", "1440": "major" },
  } as const;

  it("suggests the first outage length where any category reaches the intolerable rating", () => {
    // customer reaches "major" at 1 day, before financial does at 3 days.
    expect(suggestTargets({ grid, horizons: HORIZONS, intolerable: "major", wrtMinutes: null })).toEqual({
      mtdMinutes: 1440,
      rtoMinutes: 240,
    });
    expect(suggestTargets({ grid, horizons: HORIZONS, intolerable: "moderate", wrtMinutes: null }).mtdMinutes).toBe(240);
    expect(suggestTargets({ grid, horizons: HORIZONS, intolerable: "severe", wrtMinutes: null })).toEqual({ mtdMinutes: null, rtoMinutes: null });
  });

  it("leaves the work recovery time before the MTD when a WRT is given", () => {
    expect(suggestTargets({ grid, horizons: HORIZONS, intolerable: "major", wrtMinutes: 480 })).toEqual({ mtdMinutes: 1440, rtoMinutes: 960 });
    expect(suggestTargets({ grid, horizons: HORIZONS, intolerable: "major", wrtMinutes: 1440 })).toEqual({ mtdMinutes: 1440, rtoMinutes: null });
  });

  it("halves the MTD when the first outage length is already intolerable", () => {
    expect(suggestTargets({ grid: { operational: { "60": "severe" } }, horizons: HORIZONS, intolerable: "major", wrtMinutes: null })).toEqual({
      mtdMinutes: 60,
      rtoMinutes: 30,
    });
  });
});

describe("checkTargets", () => {
  it("flags RTO + WRT beyond the MTD", () => {
    expect(checkTargets({ mtdMinutes: 1440, rtoMinutes: 1200, wrtMinutes: 480 })).toEqual([
      { code: "rto_wrt_exceed_mtd", message: "RTO + WRT (28 h) exceeds the MTD (1 day)." },
    ]);
    expect(checkTargets({ mtdMinutes: 1440, rtoMinutes: 960, wrtMinutes: 480 })).toEqual([]);
  });

  it("flags an RTO not shorter than the MTD instead", () => {
    expect(checkTargets({ mtdMinutes: 240, rtoMinutes: 240, wrtMinutes: 60 }).map((f) => f.code)).toEqual(["rto_not_below_mtd"]);
    expect(checkTargets({ mtdMinutes: null, rtoMinutes: 240, wrtMinutes: 60 })).toEqual([]);
  });
});

describe("BIA settings", () => {
  const base = { intolerableRating: "major", version: "1" };
  it("reads outage lengths in any order as sorted minutes, and refuses a length given twice rather than merging it", () => {
    expect(updateBiaSettingsSchema.parse({ ...base, horizons: "8h, 1h, 2d" }).horizons).toEqual([60, 480, 2880]);
    const twice = updateBiaSettingsSchema.safeParse({ ...base, horizons: "1h, 90m, 1.5h" });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(["Each outage length once: “90m” and “1.5h” (1 h 30 min) is the same length."]);
  });
  it("refuses a single length, an unreadable one, and 'none' as the intolerable rating", () => {
    expect(updateBiaSettingsSchema.safeParse({ ...base, horizons: "1h" }).success).toBe(false);
    expect(updateBiaSettingsSchema.safeParse({ ...base, horizons: "1h, soon" }).success).toBe(false);
    expect(updateBiaSettingsSchema.safeParse({ ...base, horizons: "1h, 4h", intolerableRating: "none" }).success).toBe(false);
  });
});
