import { describe, expect, it } from "vitest";
import {
  categoryKey,
  DEFAULT_IMPACT_CATEGORIES,
  gridCells,
  hiddenRows,
  impactGridSchemaFor,
  storedCategories,
} from "@/lib/bia/impact";
import { suggestTargets } from "@/lib/bia/suggest-targets";
import { categoriesFromValues, updateBiaSettingsSchema } from "@/lib/settings/schemas";
import { checkInput } from "@/lib/validation";

const HEALTH = { key: "health_and_safety", label: "Health and safety" };

describe("a new category's key", () => {
  it("is the name's letters and digits in lower case, joined by underscores", () => {
    expect(categoryKey("Health and safety", [])).toBe("health_and_safety");
    expect(categoryKey("  Legal / regulatory ", [])).toBe("legal_regulatory");
    expect(categoryKey("Environmental (ISO 14001)", [])).toBe("environmental_iso_14001");
    expect(categoryKey("Sécurité des employés", [])).toBe("securite_des_employes");
  });

  it("starts with a letter, and is made of something even for a name with no Latin letters", () => {
    expect(categoryKey("24/7 service", [])).toBe("c_24_7_service");
    expect(categoryKey("健康", [])).toBe("category");
    expect(categoryKey("__proto__", [])).toBe("proto");
  });

  it("gets a number when another current category already has it", () => {
    expect(categoryKey("Customer", ["customer"])).toBe("customer_2");
    expect(categoryKey("Customer!", ["customer", "customer_2"])).toBe("customer_3");
  });

  it("is at most 40 characters before a number, and ends with no underscore", () => {
    const key = categoryKey(`${"a".repeat(39)} b`, []);
    expect(key).toBe("a".repeat(39));
  });
});

describe("the grid and the organisation's categories", () => {
  const categories = [DEFAULT_IMPACT_CATEGORIES[4], HEALTH];

  it("refuses a category not in the list, naming it", () => {
    const schema = impactGridSchemaFor(categories);
    expect(schema.safeParse({ customer: { "60": "minor" }, health_and_safety: { "240": "severe" } }).success).toBe(true);
    const refused = checkInput(schema, { financial: { "60": "minor" } });
    expect(refused).toEqual({ success: false, fieldErrors: { financial: "“financial” is not one of the organisation's impact categories." } });
  });

  it("shows the listed categories in order, and keeps the others apart as hidden rows", () => {
    const grid = { financial: { "60": "major" }, health_and_safety: { "60": "minor", "1440": "severe" } } as const;
    expect(gridCells(grid, categories, [60, 1440])).toEqual([
      { key: "customer", label: "Customer", ratings: [null, null] },
      { key: "health_and_safety", label: "Health and safety", ratings: ["minor", "severe"] },
    ]);
    expect(hiddenRows(grid, categories)).toEqual({ financial: { "60": "major" } });
  });

  it("suggests targets from the listed categories only: a removed category's ratings no longer count", () => {
    const grid = { financial: { "60": "severe" }, customer: { "60": "minor", "240": "major" } } as const;
    const horizons = [60, 240, 1440];
    expect(suggestTargets({ grid, categories: DEFAULT_IMPACT_CATEGORIES, horizons, intolerable: "major", wrtMinutes: null }).mtdMinutes).toBe(60);
    expect(suggestTargets({ grid, categories, horizons, intolerable: "major", wrtMinutes: null }).mtdMinutes).toBe(240);
  });

  it("reads a stored list defensively, as the five defaults when it is not a list of categories", () => {
    expect(storedCategories([HEALTH])).toEqual([HEALTH]);
    expect(storedCategories([])).toEqual(DEFAULT_IMPACT_CATEGORIES);
    expect(storedCategories([{ key: "Bad key", label: "x" }])).toEqual(DEFAULT_IMPACT_CATEGORIES);
  });
});

describe("the categories of the settings form", () => {
  const base = { horizons: "1h, 4h", intolerableRating: "major", version: "1" };
  const errors = (categories: unknown) => {
    const checked = checkInput(updateBiaSettingsSchema, { ...base, categories });
    return checked.success ? {} : checked.fieldErrors;
  };

  it("reads the rows in the order of their numbers", () => {
    expect(
      categoriesFromValues({ "categories.1.key": "", "categories.1.label": "Health and safety", "categories.0.key": "customer", "categories.0.label": "Clients", "categories.x.label": "no" }),
    ).toEqual([
      { key: "customer", label: "Clients" },
      { key: "", label: "Health and safety" },
    ]);
  });

  it("tidies names and accepts a new row without a key", () => {
    const parsed = updateBiaSettingsSchema.parse({ ...base, categories: [{ key: "customer", label: "  Valued   customers " }, { key: "", label: "Health and safety" }] });
    expect(parsed.categories).toEqual([
      { key: "customer", label: "Valued customers" },
      { key: "", label: "Health and safety" },
    ]);
  });

  it("names the row whose name is empty, too long or another's ignoring case", () => {
    expect(errors([{ key: "customer", label: "  " }])).toEqual({ "categories.0.label": "Give the category a name." });
    expect(errors([{ key: "customer", label: "x".repeat(61) }])).toEqual({ "categories.0.label": "Keep the category's name to 60 characters." });
    expect(errors([{ key: "customer", label: "x".repeat(60) }])).toEqual({});
    expect(errors([HEALTH, { key: "", label: "HEALTH AND SAFETY" }])).toEqual({
      "categories.1.label": "“HEALTH AND SAFETY” is already category 1: give each category a different name.",
    });
  });

  it("wants between 1 and 12 categories", () => {
    expect(errors([])).toEqual({ categories: "Keep at least one impact category." });
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ key: "", label: `Category ${i}` }));
    expect(errors(thirteen)).toEqual({ categories: "Use at most 12 impact categories." });
    expect(errors(thirteen.slice(0, 12))).toEqual({});
  });
});
