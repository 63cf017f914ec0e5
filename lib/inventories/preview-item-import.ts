import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { registerOf } from "@/lib/inventories/registers";
import { registerRefSchema } from "@/lib/inventories/schemas";
import { planItemImport, readCsvFile } from "@/lib/inventories/plan-item-import";
import { importPreview, type ItemImportPreview } from "@/lib/inventories/import-preview";

/**
 * Reads a CSV file against a register and says what importing it would do: the rows it would
 * add, update, leave unchanged and skip (repeats of an item or of another row), or every problem
 * that stops it. Writes nothing, not even an audit row: the confirmed import (importItems) is
 * what changes the register and is audited.
 */
export async function previewItemImport({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }): Promise<ItemImportPreview> {
  authorize(actor, "plan:edit");
  const { planId, kind } = parseInput(registerRefSchema, input);
  const register = registerOf(kind);
  const { name, text } = await readCsvFile(file);
  const { plan, personName } = await db.$transaction((tx) => planItemImport(tx, actor, { planId, register, text, lock: false }), { timeout: 60_000, maxWait: 10_000 });
  return importPreview(register, { fileName: name, plan, personName });
}
