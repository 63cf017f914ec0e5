import { z } from "zod";

/** The impact categories of the grid and the ratings, from least to most severe. */
export const IMPACT_CATEGORIES = ["financial", "operational", "legal_regulatory", "reputational", "customer"] as const;
export type ImpactCategory = (typeof IMPACT_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<ImpactCategory, string> = {
  financial: "Financial",
  operational: "Operational",
  legal_regulatory: "Legal / regulatory",
  reputational: "Reputational",
  customer: "Customer",
};

export const IMPACT_RATINGS = ["none", "minor", "moderate", "major", "severe"] as const;
export type ImpactRating = (typeof IMPACT_RATINGS)[number];

export const RATING_LABELS: Record<ImpactRating, string> = {
  none: "None",
  minor: "Minor",
  moderate: "Moderate",
  major: "Major",
  severe: "Severe",
};

export function ratingAtLeast(rating: ImpactRating, threshold: ImpactRating): boolean {
  return IMPACT_RATINGS.indexOf(rating) >= IMPACT_RATINGS.indexOf(threshold);
}

/** { [category]: { [horizonMinutes]: rating } }; cells not rated are simply absent. */
export const impactGridSchema = z.partialRecord(
  z.enum(IMPACT_CATEGORIES),
  z.record(z.string().regex(/^\d+$/, "Outage lengths are whole minutes."), z.enum(IMPACT_RATINGS, { error: "Choose a rating." })),
);
export type ImpactGrid = z.infer<typeof impactGridSchema>;

/** The form posts one select per cell, named `impact.<category>.<minutes>`; empty means not rated. */
export function gridFromValues(values: Record<string, string>): Record<string, Record<string, string>> {
  // No prototype: a field named `impact.__proto__.60` must be an unknown category, not a write
  // to Object.prototype.
  const grid: Record<string, Record<string, string>> = Object.create(null);
  for (const [key, value] of Object.entries(values)) {
    const match = /^impact\.([a-z_]+)\.(\d+)$/.exec(key);
    if (!match || value === "") continue;
    (grid[match[1]] ??= {})[match[2]] = value;
  }
  return grid;
}

/** The grid restricted to the organisation's current outage lengths (old columns drop out). */
export function gridCells(grid: ImpactGrid, horizons: readonly number[]) {
  return IMPACT_CATEGORIES.map((category) => ({
    category,
    ratings: horizons.map((minutes) => grid[category]?.[String(minutes)] ?? null),
  }));
}
