import { z } from "zod";

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
  version: z.coerce.number().int().min(1),
});

export const archivePlanSchema = z.object({
  planId: z.string().min(1),
});
