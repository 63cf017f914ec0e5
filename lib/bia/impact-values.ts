import { AppError, invalid } from "@/lib/errors";
import type { TargetSettings } from "@/lib/bia/schemas";
import { hiddenRows, impactGridSchemaFor, type ImpactCategory, type ImpactGrid } from "@/lib/bia/impact";
import { andList } from "@/lib/count";
import { formatDuration } from "@/lib/durations";
import { mtdNeedsReason, rtoNeedsReason, suggestTargets } from "@/lib/bia/suggest-targets";

/** An impact analysis as `impactAnalysisSchema` parsed it, without the ids the request names. */
export type ImpactAnalysis = {
  name: string;
  description: string;
  productId: string | null;
  departmentId: string | null;
  impactGrid: ImpactGrid;
  costPerHour: number | null;
  mtdMinutes: number | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  wrtMinutes: number | null;
  mtdOverrideReason: string;
  rtoOverrideReason: string;
};

/**
 * Refuses a grid that rates a category the organisation does not have (it may have been removed
 * since the form was loaded) or an outage length it does not use, naming which. A removed
 * category's ratings are refused cell by cell, named as the form names its selects: the form shows
 * each message in its cell and focuses the first, where a row's name matches no control.
 */
export function checkGrid(grid: ImpactGrid, categories: readonly ImpactCategory[], horizons: readonly number[]) {
  const unknown = impactGridSchemaFor(categories).safeParse(grid);
  if (!unknown.success) {
    const keys = [...new Set(unknown.error.issues.map((issue) => String(issue.path[0])))];
    const notOurs = (key: string) => `“${key}” is not one of the organisation's impact categories (it may have just been removed)`;
    const reload = "Reload the page to rate the current ones.";
    const message =
      keys.length === 1
        ? `Nothing was saved: ${notOurs(keys[0])}. ${reload}`
        : `Nothing was saved: ${andList(keys.map((key) => `“${key}”`))} are not among the organisation's impact categories (they may have just been removed). ${reload}`;
    const fields = keys.flatMap((key) => {
      const cells = Object.keys(grid[key] ?? {}).map((minutes) => [`impact.${key}.${minutes}`, `${notOurs(key)}, so its rating after ${formatDuration(Number(minutes))} cannot be saved. ${reload}`]);
      // A row that rates nothing has no cell to name: the row is named.
      return cells.length ? cells : [[`impact.${key}`, `${notOurs(key)}. ${reload}`]];
    });
    throw new AppError("VALIDATION", message, Object.fromEntries(fields));
  }
  const lengths = new Set(horizons.map(String));
  for (const [category, row] of Object.entries(grid)) {
    for (const minutes of Object.keys(row ?? {})) {
      if (!lengths.has(minutes)) throw invalid(`impact.${category}.${minutes}`, "This outage length is not one of the organisation's.");
    }
  }
}

/**
 * The columns an impact analysis writes, shared by the function form and the BIA import so both
 * store the same thing: the stored ratings of categories the organisation has removed are kept
 * (hidden), and a reason is kept only while its target needs one (an MTD other than suggested, an
 * RTO longer than suggested).
 */
export function impactValues({ data, settings, storedGrid }: { data: ImpactAnalysis; settings: TargetSettings; storedGrid: ImpactGrid }) {
  const suggestion = suggestTargets({ ...settings, grid: data.impactGrid, wrtMinutes: data.wrtMinutes });
  const values = {
    ...data,
    impactGrid: { ...hiddenRows(storedGrid, settings.categories), ...data.impactGrid },
    mtdOverrideReason: mtdNeedsReason(data.mtdMinutes, suggestion) ? data.mtdOverrideReason : "",
    rtoOverrideReason: rtoNeedsReason(data.rtoMinutes, suggestion) ? data.rtoOverrideReason : "",
  };
  return { values, suggestion };
}
