import { describe, expect, it } from "vitest";
import { durationInput, formatDuration, parseDuration } from "@/lib/durations";
import { DEFAULT_IMPACT_CATEGORIES, gridFromValues, impactGridSchema } from "@/lib/bia/impact";
import { mtdNeedsReason, rtoNeedsReason, suggestTargets } from "@/lib/bia/suggest-targets";
import { checkTargets, targetGaps } from "@/lib/bia/target-checks";
import { updateBiaSettingsSchema } from "@/lib/settings/schemas";
import { optionalNumber } from "@/lib/bia/form-fields";

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
    expect(impactGridSchema.safeParse({ "Weather!": { "60": "minor" } }).success).toBe(false);
  });

  it("reads cells of categories whose keys hold digits", () => {
    expect(gridFromValues({ "impact.tier_2_customers.60": "major" })).toEqual({ tier_2_customers: { "60": "major" } });
  });
});

describe("suggestTargets", () => {
  const grid = {
    financial: { "60": "none", "240": "minor", "1440": "moderate", "4320": "major" },
    customer: { "60": "minor", "240": "moderate", "1440": "major" },
  } as const;

  it("suggests the first outage length where any category reaches the intolerable rating", () => {
    // customer reaches "major" at 1 day, before financial does at 3 days.
    expect(suggestTargets({ categories: DEFAULT_IMPACT_CATEGORIES, grid, horizons: HORIZONS, intolerable: "major", wrtMinutes: null })).toEqual({
      mtdMinutes: 1440,
      rtoMinutes: 240,
    });
    expect(suggestTargets({ categories: DEFAULT_IMPACT_CATEGORIES, grid, horizons: HORIZONS, intolerable: "moderate", wrtMinutes: null }).mtdMinutes).toBe(240);
    expect(suggestTargets({ categories: DEFAULT_IMPACT_CATEGORIES, grid, horizons: HORIZONS, intolerable: "severe", wrtMinutes: null })).toEqual({ mtdMinutes: null, rtoMinutes: null });
  });

  it("takes the shorter of the last tolerable length and MTD − WRT, so a WRT never loosens the RTO", () => {
    // The review's example: operational minor at 1 h, moderate at 4 h, major at 1 day → MTD 1 day.
    const review = { operational: { "60": "minor", "240": "moderate", "1440": "major" } } as const;
    const cases: [wrt: number | null, rto: number | null][] = [
      [null, 240], // no WRT: the last tolerable length
      [0, 240], // a WRT of 0 is no WRT
      [1, 240], // 1 min: MTD − WRT (23 h 59 min) is looser than 4 h, so 4 h stays
      [1200, 240], // 20 h: MTD − WRT (4 h) equals 4 h
      [1260, 180], // 21 h: MTD − WRT (3 h) is tighter than 4 h
      [1439, 1], // 23 h 59 min: 1 min left
      [1440, null], // WRT = MTD: no sound RTO
      [2880, null], // WRT > MTD: no sound RTO
    ];
    for (const [wrtMinutes, rtoMinutes] of cases) {
      expect(suggestTargets({ categories: DEFAULT_IMPACT_CATEGORIES, grid: review, horizons: HORIZONS, intolerable: "major", wrtMinutes }), `WRT ${wrtMinutes}`).toEqual({
        mtdMinutes: 1440,
        rtoMinutes,
      });
    }
  });

  it("tightens the halved MTD too when the first outage length is already intolerable", () => {
    const first = { operational: { "60": "severe" } } as const;
    expect(suggestTargets({ categories: DEFAULT_IMPACT_CATEGORIES, grid: first, horizons: HORIZONS, intolerable: "major", wrtMinutes: 10 }).rtoMinutes).toBe(30);
    expect(suggestTargets({ categories: DEFAULT_IMPACT_CATEGORIES, grid: first, horizons: HORIZONS, intolerable: "major", wrtMinutes: 45 }).rtoMinutes).toBe(15);
  });

  it("asks for a reason for any other MTD, but for an RTO only when it is longer than suggested", () => {
    const suggestion = { mtdMinutes: 1440, rtoMinutes: 240 };
    expect(mtdNeedsReason(1440, suggestion)).toBe(false);
    expect(mtdNeedsReason(720, suggestion)).toBe(true);
    expect(mtdNeedsReason(2880, suggestion)).toBe(true);
    expect(mtdNeedsReason(null, suggestion)).toBe(false);
    expect(rtoNeedsReason(240, suggestion)).toBe(false);
    expect(rtoNeedsReason(60, suggestion)).toBe(false);
    expect(rtoNeedsReason(241, suggestion)).toBe(true);
    expect(rtoNeedsReason(null, suggestion)).toBe(false);
    expect(rtoNeedsReason(600, { mtdMinutes: 1440, rtoMinutes: null })).toBe(false);
  });

  it("halves the MTD when the first outage length is already intolerable", () => {
    expect(suggestTargets({ categories: DEFAULT_IMPACT_CATEGORIES, grid: { operational: { "60": "severe" } }, horizons: HORIZONS, intolerable: "major", wrtMinutes: null })).toEqual({
      mtdMinutes: 60,
      rtoMinutes: 30,
    });
  });
});

describe("checkTargets", () => {
  it("flags RTO + WRT beyond the MTD", () => {
    expect(checkTargets({ mtdMinutes: 1440, rtoMinutes: 1200, wrtMinutes: 480 })).toEqual([
      { code: "rto_wrt_exceed_mtd", message: "RTO + WRT (1 day 4 h) exceeds the MTD (1 day)." },
    ]);
    expect(checkTargets({ mtdMinutes: 1440, rtoMinutes: 960, wrtMinutes: 480 })).toEqual([]);
  });

  it("flags an RTO not shorter than the MTD instead", () => {
    expect(checkTargets({ mtdMinutes: 240, rtoMinutes: 240, wrtMinutes: 60 }).map((f) => f.code)).toEqual(["rto_not_below_mtd"]);
    expect(checkTargets({ mtdMinutes: null, rtoMinutes: 240, wrtMinutes: 60 })).toEqual([]);
  });
});

describe("targetGaps", () => {
  it("names each target not set, so a function without RPO or WRT never reads as OK", () => {
    expect(targetGaps({ mtdMinutes: 1440, rtoMinutes: 240, rpoMinutes: null, wrtMinutes: null })).toEqual(["RPO not set", "WRT not set"]);
    expect(targetGaps({ mtdMinutes: 1440, rtoMinutes: 240, rpoMinutes: 60, wrtMinutes: null })).toEqual(["WRT not set"]);
    expect(targetGaps({ mtdMinutes: null, rtoMinutes: 240, rpoMinutes: 60, wrtMinutes: 60 })).toEqual(["MTD not set"]);
    expect(targetGaps({ mtdMinutes: 1440, rtoMinutes: 240, rpoMinutes: 60, wrtMinutes: 60 })).toEqual([]);
    expect(targetGaps({ mtdMinutes: null, rtoMinutes: null, rpoMinutes: null, wrtMinutes: null })).toEqual(["Targets not set"]);
  });
});

describe("optionalNumber", () => {
  const cost = optionalNumber("Cost per hour", { max: 1e9 });
  const rank = optionalNumber("Rank", { min: 1, max: 100000, int: true });
  const message = (schema: typeof cost, input: string) => {
    const result = schema.safeParse(input);
    return result.success ? result.data : result.error.issues[0].message;
  };

  it("reads plain decimals with a £ sign, thousands commas and spaces; empty is null", () => {
    expect(message(cost, "£1,250.50")).toBe(1250.5);
    expect(message(cost, " 750 ")).toBe(750);
    expect(message(cost, "1 000 000")).toBe(1000000);
    expect(message(cost, "£750,000")).toBe(750000);
    expect(message(cost, ".5")).toBe(0.5);
    expect(message(cost, "")).toBeNull();
    expect(cost.parse(undefined)).toBeNull();
  });

  it("refuses hexadecimal, binary, octal, exponent and infinite notations that Number() would accept", () => {
    for (const text of ["0x10", "0b101", "0o17", "1e3", "Infinity", "-Infinity", "12abc", "1.2.3", "1,5", "£1,80", "1 2 3", "$500"]) {
      expect(message(cost, text), text).toBe("Cost per hour must be a number.");
    }
    expect(message(rank, "0x1")).toBe("Rank must be a whole number.");
    expect(message(rank, "2.5")).toBe("Rank must be a whole number.");
  });

  it("names the range with thousands separators", () => {
    expect(message(cost, "2000000000")).toBe("Cost per hour must be between 0 and 1,000,000,000.");
    expect(message(cost, "-1")).toBe("Cost per hour must be between 0 and 1,000,000,000.");
    expect(message(rank, "0")).toBe("Rank must be between 1 and 100,000.");
  });
});

describe("BIA settings", () => {
  const base = { intolerableRating: "major", version: "1", categories: DEFAULT_IMPACT_CATEGORIES };
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
