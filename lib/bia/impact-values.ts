import { AppError, invalid } from "@/lib/errors";
import type { TargetSettings } from "@/lib/bia/schemas";
import { hiddenRows, impactGridSchemaFor, type ImpactCategory, type ImpactGrid } from "@/lib/bia/impact";
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
 * since the form was loaded) or an outage length it does not use, naming which.
 */
export function checkGrid(grid: ImpactGrid, categories: readonly ImpactCategory[], horizons: readonly number[]) {
  const unknown = impactGridSchemaFor(categories).safeParse(grid);
  if (!unknown.success) {
    const key = String(unknown.error.issues[0].path[0]);
    const message = `Nothing was saved: “${key}” is not one of the organisation's impact categories (it may have just been removed). Reload the page to rate the current ones.`;
    throw new AppError("VALIDATION", message, { [`impact.${key}`]: message });
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
