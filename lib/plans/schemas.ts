import { z } from "zod";
import { versionField } from "@/lib/validation";

export const planNameSchema = z
  .string()
  .trim()
  .min(1, "Give the plan a name.")
  .max(120, "Keep the name under 120 characters.");

/** Said at "Start from" when it names no plan of the actor's organisation. */
export const CHOOSE_OWN_PLAN = "Choose a plan of your organisation.";

export const createPlanSchema = z.object({
  name: planNameSchema,
  description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
  // "Start from": blank for an empty plan, else the id of the plan whose content the new one copies.
  startFrom: z.string({ error: CHOOSE_OWN_PLAN }).trim().max(64, CHOOSE_OWN_PLAN).default(""),
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
