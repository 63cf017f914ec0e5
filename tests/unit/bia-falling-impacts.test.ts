import { describe, expect, it } from "vitest";
import { fallingImpacts } from "@/lib/bia/impact-checks";

const categories = [
  { key: "financial", label: "Financial" },
  { key: "customer", label: "Customer" },
];
const horizons = [60, 240, 1440, 10080];

describe("fallingImpacts", () => {
  it("names the category and the lengths where a rating falls as the outage gets longer", () => {
    const grid = { customer: { "240": "severe", "10080": "minor" } } as const;
    expect(fallingImpacts({ grid, categories, horizons })).toEqual(["Customer: Severe at 4 h falls to Minor at 1 week."]);
  });

  it("compares a later rating with the worst one before it, not only its neighbour, once per category", () => {
    const grid = {
      financial: { "60": "major", "240": "moderate", "1440": "minor" },
      customer: { "60": "minor", "240": "severe", "1440": "severe", "10080": "major" },
    } as const;
    expect(fallingImpacts({ grid, categories, horizons })).toEqual([
      "Financial: Major at 1 h falls to Moderate at 4 h.",
      "Customer: Severe at 4 h falls to Major at 1 week.",
    ]);
  });

  it("says nothing of ratings that stay or rise, of unrated lengths, or of removed categories and lengths", () => {
    const grid = {
      financial: { "60": "none", "240": "minor", "1440": "minor", "10080": "severe" },
      customer: { "60": "moderate", "10080": "moderate" },
      removed: { "60": "severe", "240": "none" },
    } as const;
    expect(fallingImpacts({ grid, categories, horizons })).toEqual([]);
    expect(fallingImpacts({ grid: { customer: { "30": "severe", "60": "minor" } }, categories, horizons })).toEqual([]);
  });
});
