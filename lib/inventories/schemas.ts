import { z } from "zod";
import { versionField } from "@/lib/validation";
import { INVENTORY_KINDS } from "@/lib/inventories/registers";

/** Inputs of the inventory use cases (an item's own fields are checked by itemSchema). */
export const registerRefSchema = z.object({
  planId: z.string().min(1),
  kind: z.enum(INVENTORY_KINDS, "Choose one of the eighteen registers."),
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
