import { describe, expect, it } from "vitest";
import { impactAnalysisSchema } from "@/lib/bia/schemas";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";

const schema = impactAnalysisSchema({ categories: DEFAULT_IMPACT_CATEGORIES, horizons: [60, 240, 1440, 4320, 10080, 20160], intolerable: "major" });
// Severe after an hour: the suggested MTD is 1 h and the suggested RTO half of it, 30 min.
const form = { planId: "p1", functionId: "f1", version: "1", name: "Cold store monitoring", impactGrid: { financial: { "60": "severe" } } };
const errors = (input: object) => Object.fromEntries(schema.safeParse({ ...form, ...input }).error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);

describe("the impact analysis schema", () => {
  it("reports a missing reason in the same pass as the fields that did not parse", () => {
    expect(errors({ costPerHour: "-50", mtdMinutes: "1h", rtoMinutes: "2h", wrtMinutes: "abc" })).toEqual({
      costPerHour: "Cost per hour must be between 0 and 1,000,000,000.",
      wrtMinutes: "WRT: write a duration like 90min, 4h, 1d or 2w.",
      rtoOverrideReason: "Say why the RTO is longer than the suggested 30 min.",
    });
  });

  it("asks why the MTD differs even when the RTO does not parse, and leaves an unparsed target to its own error", () => {
    expect(errors({ mtdMinutes: "4h", rtoMinutes: "soon" })).toEqual({
      rtoMinutes: "RTO: write a duration like 90min, 4h, 1d or 2w.",
      mtdOverrideReason: "Say why the MTD differs from the suggested 1 h.",
    });
  });

  it("asks for no reason when the grid does not parse, and takes targets with their reasons", () => {
    expect(errors({ impactGrid: { financial: { "60": "dreadful" } }, mtdMinutes: "4h", rtoMinutes: "2h" })).toEqual({ "impactGrid.financial.60": "Choose a rating." });
    const saved = schema.parse({ ...form, mtdMinutes: "4h", rtoMinutes: "2h", mtdOverrideReason: "Stock holds 4 h in the cold store.", rtoOverrideReason: "The vendor's contract." });
    expect(saved).toMatchObject({ mtdMinutes: 240, rtoMinutes: 120 });
  });
});
