import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { registerOf } from "@/lib/inventories/registers";
import { confirmImportSchema } from "@/lib/inventories/schemas";
import { expiryOf, labelOf } from "@/lib/inventories/item-schema";
import { lockPlan } from "@/lib/plans/lock-plan";
import { itemScope, itemSnapshot } from "@/lib/inventories/scope";
import { planItemImport, readCsvFile } from "@/lib/inventories/plan-item-import";
import { importPreview, type ItemImportPreview } from "@/lib/inventories/import-preview";

/**
 * Imports a CSV file into a register, all rows or none, as its preview (previewItemImport) said:
 * a row without an ID adds an item, unless it is identical to an item of the register or to
 * another row of the file (skipped, never added twice); a row with the ID of an item of the
 * register (as an export writes it) updates that item, unless the item changed since the export
 * (refused, never overwritten) or the row holds what the item already holds (left alone, version
 * unchanged). Items the file does not mention are left alone. A row that would make two items of
 * the register alike (lib/inventories/duplicates.ts) is a problem of its row. The file is checked
 * again here, under the register's write lock; if what it would write is not what the confirmed
 * preview showed (its `fingerprint`: someone changed the register in between), nothing is
 * written. Any problem stops the whole import. One audit row records the counts; each updated
 * item gets its own, with the item before, because its version moved (docs/decisions/0007). A
 * file that changes nothing writes nothing.
 */
export async function importItems({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }): Promise<ItemImportPreview> {
  authorize(actor, "plan:edit");
  const { planId, kind, fingerprint } = parseInput(confirmImportSchema, input);
  const register = registerOf(kind);
  const { name, text } = await readCsvFile(file);
  return db.$transaction(
    async (tx) => {
      // The plan before the register's write lock and the items (decision 74), as an item's save takes them.
      await lockPlan(tx, { orgId: actor.orgId, planId });
      const { plan, personName } = await planItemImport(tx, actor, { planId, register, text, lock: true });
      const result = importPreview(register, { fileName: name, plan, personName });
      if (fingerprint && fingerprint !== result.fingerprint) {
        throw new AppError(
          "CONFLICT",
          `The ${register.title} changed since the preview, and the file would now do something else. Nothing was imported: preview the file again to see what it would do now.`,
        );
      }
      const { adds, updates } = plan;
      if (adds.length === 0 && updates.length === 0) return result;

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
          before: itemSnapshot({ kind, label: item.label, data: item.data }),
          after: itemSnapshot({ kind, label, data }),
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
        after: {
          kind,
          rows: result.rows,
          added: result.added,
          updated: result.updated,
          unchanged: result.unchanged,
          ...(result.skipped ? { skipped: result.skipped } : {}),
        },
      });
      return result;
    },
    // Up to 5,000 rows, each update its own conditional write.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
