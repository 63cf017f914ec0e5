import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { registerOf } from "@/lib/inventories/registers";
import { importFileSizeProblem, registerRefSchema } from "@/lib/inventories/schemas";
import { csvToItems, sentence } from "@/lib/inventories/csv-rows";
import { expiryOf, labelOf } from "@/lib/inventories/item-schema";
import { findPlan, itemScope, itemSnapshot, personNameIn, planVersions, versionIssues } from "@/lib/inventories/scope";
import { matchImportRows } from "@/lib/inventories/match-import-rows";
import { importDuplicateProblems } from "@/lib/inventories/refuse-duplicates";

const CSV_TYPES = ["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];
const MAX_LISTED_ERRORS = 50;

/** A problem with the file as a whole: shown at the file field, beside what it means ("Nothing was imported."), not "Some fields need attention." */
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

function rowProblems(errors: string[]): AppError {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  if (errors.length > listed.length) listed.push(`…and ${errors.length - listed.length} more.`);
  const problems = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  return new AppError("VALIDATION", `Nothing was imported: the file has ${problems}.`, Object.fromEntries(listed.map((message, index) => [`import.${index}`, message])));
}

/**
 * Imports a CSV file into a register, all rows or none: a row without an ID adds an item, a row
 * with the ID of an item of the register (as an export writes it) updates that item, unless the
 * item changed since the export (refused, never overwritten) or the row holds what the item
 * already holds (left alone, version unchanged). Items the file does not mention are left alone.
 * A row that would make two items of the register alike (lib/inventories/duplicates.ts) is a
 * problem of its row. Any problem stops the whole import, and every problem is reported by row
 * and column. One audit row records the counts; each updated item gets its own, with the item
 * before, because its version moved (docs/decisions/0007). A file that changes nothing writes
 * nothing.
 */
export async function importItems({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, kind } = parseInput(registerRefSchema, input);
  const register = registerOf(kind);
  const text = await readCsvFile(file);
  return db.$transaction(
    async (tx) => {
      await findPlan(tx, actor, planId, { editable: true });
      const people = await orgNames(tx, actor, "person");
      const idByName = new Map([...people].map(([id, name]) => [name.toLowerCase(), id]));
      const read = csvToItems(register, text, (name) => idByName.get(name.toLowerCase()));
      if (!read.ok) throw rowProblems(read.errors);
      if (read.rows.length === 0) throw fileProblem("The file has a header row but no items.");
      const versions = (await planVersions(tx, actor, planId)).map((v) => v.number);
      const unknownVersions = read.rows.flatMap(({ row, data }) =>
        versionIssues(register, data, versions).map((issue) => `Row ${row}, column “${register.fields.find((f) => f.key === issue.key)?.label}”: ${sentence(issue.message)}`),
      );
      if (unknownVersions.length > 0) throw rowProblems(unknownVersions);
      const matched = await matchImportRows(tx, actor, { register, planId, kind, rows: read.rows });
      if (!matched.ok) throw rowProblems(matched.errors);
      const { adds, updates, unchanged } = matched.changes;
      // In the file's order, so a row alike an earlier one names the earlier one.
      const written = [...adds.map(({ row, data }) => ({ row, itemId: null, data })), ...updates.map(({ row, item, data }) => ({ row, itemId: item.id, data }))].sort((a, b) => a.row - b.row);
      const duplicates = await importDuplicateProblems(tx, actor, { register, planId, written });
      if (duplicates.length > 0) throw rowProblems(duplicates);
      const counts = { added: adds.length, updated: updates.length, unchanged };
      if (adds.length === 0 && updates.length === 0) return counts;

      const personName = personNameIn(people);
      const audits: Parameters<typeof recordAudits>[1] = [];
      for (const { row, item, data } of updates) {
        const label = labelOf(register, data, personName);
        const { count } = await tx.inventoryItem.updateMany({
          where: { ...itemScope(actor, planId, kind, item.id), version: item.version },
          data: { data, label, expiresOn: expiryOf(register, data), version: { increment: 1 } },
        });
        // Saved by someone else between the match above and this write.
        if (count === 0) {
          throw new AppError(
            "CONFLICT",
            `Row ${row} (“${item.label}”): someone changed this ${register.noun} while the file was being imported. Nothing was imported; export the register again and make your changes in the new file.`,
          );
        }
        audits.push({
          actor,
          action: "inventory.item_imported",
          entityType: "inventory_item",
          entityId: item.id,
          planId,
          before: itemSnapshot(item),
          after: itemSnapshot({ ...item, data, label }),
        });
      }
      await recordAudits(tx, audits);
      await tx.inventoryItem.createMany({
        data: adds.map(({ data }) => ({
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
        planId,
        after: { kind, rows: read.rows.length, ...counts },
      });
      return counts;
    },
    // Up to 5,000 rows, each update its own conditional write.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
