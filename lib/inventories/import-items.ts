import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { registerOf } from "@/lib/inventories/registers";
import { importFileSizeProblem, registerRefSchema } from "@/lib/inventories/schemas";
import { csvToItems } from "@/lib/inventories/csv-rows";
import { expiryOf, labelOf } from "@/lib/inventories/item-schema";
import { findPlan, personNameIn } from "@/lib/inventories/scope";

const CSV_TYPES = ["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];
const MAX_LISTED_ERRORS = 50;

/** A problem with the file as a whole: shown at the file field, with no "highlighted field" message beside it. */
const fileProblem = (message: string) => new AppError("VALIDATION", "Nothing was imported.", { file: message });

async function readCsvFile(file: unknown): Promise<string> {
  // A form sent with no file chosen carries an empty, unnamed file.
  const name = file instanceof File ? file.name : "";
  if (!(file instanceof Blob) || (file.size === 0 && name === "")) throw fileProblem("Choose a CSV file to import.");
  if (!name.toLowerCase().endsWith(".csv") || !CSV_TYPES.includes(file.type)) {
    throw fileProblem("Choose a CSV file (.csv), for example one exported from this register.");
  }
  const sizeProblem = importFileSizeProblem(file.size);
  if (sizeProblem) throw fileProblem(sizeProblem);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw fileProblem("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.");
  }
  // Postgres cannot store a NUL character: refuse it here rather than fail when saving.
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    throw fileProblem(`Line ${text.slice(0, nul).split("\n").length} of the file holds a NUL character, which is not text. Save it as “CSV UTF-8” and try again.`);
  }
  return text;
}

/**
 * Adds every row of a CSV file to a register, or none: any invalid row stops the whole import,
 * and every problem is reported by row and column. One audit row records the import.
 */
export async function importItems({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, kind } = parseInput(registerRefSchema, input);
  const register = registerOf(kind);
  const text = await readCsvFile(file);
  return db.$transaction(async (tx) => {
    await findPlan(tx, actor, planId, { editable: true });
    const people = await orgNames(tx, actor, "person");
    const idByName = new Map([...people].map(([id, name]) => [name.toLowerCase(), id]));
    const result = csvToItems(register, text, (name) => idByName.get(name.toLowerCase()));
    if (!result.ok) {
      const listed = result.errors.slice(0, MAX_LISTED_ERRORS);
      if (result.errors.length > listed.length) listed.push(`…and ${result.errors.length - listed.length} more.`);
      const problems = result.errors.length === 1 ? "1 problem" : `${result.errors.length} problems`;
      throw new AppError(
        "VALIDATION",
        `Nothing was imported: the file has ${problems}.`,
        Object.fromEntries(listed.map((message, index) => [`import.${index}`, message])),
      );
    }
    if (result.rows.length === 0) throw fileProblem("The file has a header row but no items.");
    const personName = personNameIn(people);
    await tx.inventoryItem.createMany({
      data: result.rows.map((data) => ({
        orgId: actor.orgId,
        planId,
        kind,
        data,
        label: labelOf(register, data, personName),
        expiresOn: expiryOf(register, data),
      })),
    });
    await recordAudit(tx, {
      actor,
      action: "inventory.imported",
      entityType: "inventory_register",
      entityId: `${planId}:${kind}`,
      after: { kind, rows: result.rows.length },
    });
    return { imported: result.rows.length };
  });
}
