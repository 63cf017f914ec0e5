import { z } from "zod";
import { formatDuration, optionalDurationField, TARGET_RULE } from "@/lib/durations";
import { impactGridSchema, type ImpactCategory, type ImpactRating } from "@/lib/bia/impact";
import { idList, optionalId, optionalNumber, version } from "@/lib/bia/form-fields";
import { mtdNeedsReason, rtoNeedsReason, suggestTargets } from "@/lib/bia/suggest-targets";

const name = (what: string) =>
  z.string().trim().min(1, `Give the ${what} a name.`).max(120, "Keep the name under 120 characters.");
const description = z.string().trim().max(4000, "Keep the description under 4,000 characters.").default("");
const reason = z.string().trim().max(1000, "Keep the reason under 1,000 characters.").default("");

export const createProductSchema = z.object({
  planId: z.string().min(1),
  name: name("product or service"),
  description,
  departmentId: optionalId,
});

export const updateProductSchema = createProductSchema.extend({ productId: z.string().min(1), version });

/** A delete of a product: the version its page showed (docs/decisions/0073). */
export const deleteProductSchema = z.object({ planId: z.string().min(1), productId: z.string().min(1), version });

export const createFunctionSchema = z.object({
  planId: z.string().min(1),
  name: name("function"),
  description,
  productId: optionalId,
  departmentId: optionalId,
});

export const updateFunctionSchema = createFunctionSchema.extend({
  functionId: z.string().min(1),
  version,
  impactGrid: impactGridSchema.default({}),
  costPerHour: optionalNumber("Cost per hour", { max: 1e9 }),
  mtdMinutes: optionalDurationField("MTD", TARGET_RULE),
  rtoMinutes: optionalDurationField("RTO", TARGET_RULE),
  rpoMinutes: optionalDurationField("RPO", TARGET_RULE),
  wrtMinutes: optionalDurationField("WRT", TARGET_RULE),
  mtdOverrideReason: reason,
  rtoOverrideReason: reason,
});

/** The organisation's BIA settings the targets are suggested from. */
export type TargetSettings = { categories: readonly ImpactCategory[]; horizons: readonly number[]; intolerable: ImpactRating };

/**
 * The impact analysis as saved: its fields, and the reasons its targets need (an MTD other than
 * the grid suggests, an RTO longer than suggested). zod skips an object's refinements once any
 * field fails, which showed a missing reason only after every other error was fixed; this check
 * runs on every save, on the fields that did parse. A target that did not parse is left to its
 * own error; a WRT that did not counts as not given, as in the form's live suggestion.
 */
export function impactAnalysisSchema(settings: TargetSettings) {
  return updateFunctionSchema.superRefine(
    (data, ctx) => {
      const failed = new Set(ctx.issues.map((issue) => issue.path?.[0]));
      if (failed.has("impactGrid")) return;
      const suggestion = suggestTargets({ ...settings, grid: data.impactGrid, wrtMinutes: failed.has("wrtMinutes") ? null : data.wrtMinutes });
      if (!failed.has("mtdMinutes") && !failed.has("mtdOverrideReason") && mtdNeedsReason(data.mtdMinutes, suggestion) && !data.mtdOverrideReason) {
        ctx.addIssue({ code: "custom", path: ["mtdOverrideReason"], message: `Say why the MTD differs from the suggested ${formatDuration(suggestion.mtdMinutes)}.` });
      }
      if (!failed.has("rtoMinutes") && !failed.has("rtoOverrideReason") && rtoNeedsReason(data.rtoMinutes, suggestion) && !data.rtoOverrideReason) {
        ctx.addIssue({ code: "custom", path: ["rtoOverrideReason"], message: `Say why the RTO is longer than the suggested ${formatDuration(suggestion.rtoMinutes)}.` });
      }
    },
    { when: () => true },
  );
}

export const updateDependenciesSchema = z.object({
  planId: z.string().min(1),
  functionId: z.string().min(1),
  version,
  systemIds: idList,
  keyPersonIds: idList,
  vendorIds: idList,
  facilityIds: idList,
  vitalRecords: z
    .string()
    .optional()
    .transform((text) => [...new Set((text ?? "").split("\n").map((line) => line.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(200, "Keep each vital record under 200 characters.")).max(100, "List at most 100 vital records.")),
});

/** A delete of a function: the versions of both sections its page showed (docs/decisions/0073). */
export const deleteFunctionSchema = z.object({ planId: z.string().min(1), functionId: z.string().min(1), version, dependenciesVersion: version });
