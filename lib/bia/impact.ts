import { z } from "zod";

/**
 * One row of the impact grid, as an organisation names it. The key is what the grids' ratings
 * are stored under: made from the label when the category is added, it never changes on a rename,
 * so a removed category's ratings show again when a category with the same key comes back.
 */
export type ImpactCategory = { key: string; label: string };

/** What every organisation starts with (the categories that used to be built in). */
export const DEFAULT_IMPACT_CATEGORIES: readonly ImpactCategory[] = [
  { key: "financial", label: "Financial" },
  { key: "operational", label: "Operational" },
  { key: "legal_regulatory", label: "Legal / regulatory" },
  { key: "reputational", label: "Reputational" },
  { key: "customer", label: "Customer" },
];

export const MAX_IMPACT_CATEGORIES = 12;
export const MAX_CATEGORY_LABEL = 60;

/** A key: a lower-case slug starting with a letter (so never `__proto__` or a number). */
export const CATEGORY_KEY = /^[a-z][a-z0-9_]{0,59}$/;

/**
 * The key for a new category labelled `label`: its letters and digits in lower case joined by
 * underscores ("Health and safety" → health_and_safety), with _2, _3… when another current
 * category already has it (two labels such as "Legal/regulatory" and "Legal regulatory").
 */
export function categoryKey(label: string, taken: Iterable<string>): string {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  // A label with no Latin letters or digits ("健康") still needs a key; one starting with a digit
  // gets a letter in front.
  const base = slug === "" ? "category" : /^[0-9]/.test(slug) ? `c_${slug}` : slug;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

const storedCategoryList = z.array(z.object({ key: z.string().regex(CATEGORY_KEY), label: z.string().min(1) })).min(1);

/** The organisation's stored categories, read defensively: a malformed value reads as the defaults. */
export function storedCategories(value: unknown): ImpactCategory[] {
  const parsed = storedCategoryList.safeParse(value);
  return parsed.success ? parsed.data.map(({ key, label }) => ({ key, label })) : [...DEFAULT_IMPACT_CATEGORIES];
}

/** The label of a category key: the organisation's, else the built-in one's, else the key itself. */
export function categoryLabel(key: string, categories: readonly ImpactCategory[]): string {
  return (categories.find((c) => c.key === key) ?? DEFAULT_IMPACT_CATEGORIES.find((c) => c.key === key))?.label ?? key;
}

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

/**
 * { [category key]: { [horizonMinutes]: rating } }; cells not rated are simply absent. Any key
 * shaped like one is accepted here: which categories an organisation rates is checked against its
 * list (`impactGridSchemaFor`), and stored grids keep the ratings of removed categories.
 */
export const impactGridSchema = z.record(
  z.string().regex(CATEGORY_KEY, "This is not an impact category."),
  z.record(z.string().regex(/^\d+$/, "Outage lengths are whole minutes."), z.enum(IMPACT_RATINGS, { error: "Choose a rating." })),
);
export type ImpactGrid = z.infer<typeof impactGridSchema>;

/** A grid that rates only the given categories; another category is refused by name. */
export function impactGridSchemaFor(categories: readonly ImpactCategory[]) {
  const keys = new Set(categories.map((c) => c.key));
  return impactGridSchema.superRefine((grid, ctx) => {
    for (const key of Object.keys(grid)) {
      if (!keys.has(key)) ctx.addIssue({ code: "custom", path: [key], message: `“${key}” is not one of the organisation's impact categories.` });
    }
  });
}

/** The rows of a grid whose categories are not in the list (removed ones: kept, not shown). */
export function hiddenRows(grid: ImpactGrid, categories: readonly ImpactCategory[]): ImpactGrid {
  const keys = new Set(categories.map((c) => c.key));
  return Object.fromEntries(Object.entries(grid).filter(([key]) => !keys.has(key)));
}

/** The form posts one select per cell, named `impact.<category>.<minutes>`; empty means not rated. */
export function gridFromValues(values: Record<string, string>): Record<string, Record<string, string>> {
  // No prototype: a field named `impact.__proto__.60` must be an unknown category, not a write
  // to Object.prototype.
  const grid: Record<string, Record<string, string>> = Object.create(null);
  for (const [key, value] of Object.entries(values)) {
    const match = /^impact\.([a-z0-9_]+)\.(\d+)$/.exec(key);
    if (!match || value === "") continue;
    (grid[match[1]] ??= {})[match[2]] = value;
  }
  return grid;
}

/**
 * The grid restricted to the organisation's categories, in its order, and its current outage
 * lengths: removed categories and lengths drop out of what is shown.
 */
export function gridCells(grid: ImpactGrid, categories: readonly ImpactCategory[], horizons: readonly number[]) {
  return categories.map(({ key, label }) => ({
    key,
    label,
    ratings: horizons.map((minutes) => grid[key]?.[String(minutes)] ?? null),
  }));
}
