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

/** An edit or a delete of an item: the version the page showed (decisions 7 and 73). */
export const updateItemRefSchema = itemRefSchema.extend({
  version: versionField(),
});

export const setOwnerSchema = registerRefSchema.extend({
  ownerId: z.string().trim().default(""),
});

