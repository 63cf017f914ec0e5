import { z } from "zod";
import { versionField } from "@/lib/validation";

export const planNameSchema = z
  .string()
  .trim()
  .min(1, "Give the plan a name.")
  .max(120, "Keep the name under 120 characters.");

export const createPlanSchema = z.object({
  name: planNameSchema,
  description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
});

export const renamePlanSchema = z.object({
  planId: z.string().min(1),
  name: planNameSchema,
  description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
  version: versionField(),
});

export const archivePlanSchema = z.object({
  planId: z.string().min(1),
});
