import { z } from "zod";
import { versionField } from "@/lib/validation";
import { INVENTORY_KINDS } from "@/lib/inventories/registers";

/** Inputs of the inventory use cases (an item's own fields are checked by itemSchema). */
export const registerRefSchema = z.object({
  planId: z.string().min(1),
  kind: z.enum(INVENTORY_KINDS, "Choose one of the eighteen registers."),
});

/**
 * A confirmed import: the fingerprint of the preview the user confirmed (lib/inventories/import-preview.ts).
 * Without one (a script), the file is imported as it reads when it arrives.
 */
export const confirmImportSchema = registerRefSchema.extend({
  fingerprint: z.string().trim().max(128).optional(),
});

export const itemRefSchema = registerRefSchema.extend({
  itemId: z.string().min(1),
});

export const updateItemRefSchema = itemRefSchema.extend({
  version: versionField(),
});

export const setOwnerSchema = registerRefSchema.extend({
  ownerId: z.string().trim().default(""),
});

/** The largest CSV file an import accepts. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * What is wrong with a chosen import file's size, or null. Shared by the form, which checks
 * before sending (a file over the server actions' body limit never reaches the use case), and
 * the use case.
 */
export function importFileSizeProblem(size: number): string | null {
  if (size === 0) return "The file is empty.";
  if (size > MAX_IMPORT_BYTES) return "The file is larger than 2 MB. Split it and import the parts one at a time.";
  return null;
}
