import { z } from "zod";
import { optionalDurationField, TARGET_RULE } from "@/lib/durations";
import { impactGridSchema } from "@/lib/bia/impact";
import { idList, optionalId, optionalNumber, version } from "@/lib/bia/form-fields";

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

export const deleteProductSchema = z.object({ planId: z.string().min(1), productId: z.string().min(1) });

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

export const deleteFunctionSchema = z.object({ planId: z.string().min(1), functionId: z.string().min(1) });
