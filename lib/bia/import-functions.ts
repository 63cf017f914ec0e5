import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { recordAudits } from "@/lib/audit/record-audit";
import { functionSnapshot } from "@/lib/bia/function-fields";
import { planRecordScope } from "@/lib/bia/scope";
import type { ImportPreview } from "@/lib/csv/import-preview";
import type { RowChange } from "@/lib/csv/plan-import";
import { applyPlanImport, changedWhileImporting, previewPlanImport } from "@/lib/csv/run-plan-import";
import { FUNCTIONS, planFunctionImport, type FunctionImportPlan } from "@/lib/bia/plan-function-import";

export type FunctionImportPreview = ImportPreview<RowChange>;

/**
 * What importing a BIA file would do (docs/decisions/0050): the functions it adds and updates,
 * field by field, and how many it leaves unchanged, or every problem of the file. Writes nothing.
 */
export async function previewFunctionImport({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }): Promise<FunctionImportPreview> {
  const { preview } = await previewPlanImport({ actor, input, file, planImport: planFunctionImport });
  return preview;
}

/**
 * Applies a previewed BIA file, all rows or none, in one transaction: only if it would still do
 * exactly what its preview showed (the fingerprint), so a function saved or added since is never
 * overwritten unseen. Each updated section writes the audit row its form writes
 * (`function.updated`, `function.dependencies_updated`) and bumps that section's version, each
 * added function `function.created`; one `bia.imported` row records the counts. A file that
 * changes nothing writes nothing.
 */
export async function importFunctions({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }) {
  return applyPlanImport({
    actor,
    input,
    file,
    planImport: planFunctionImport,
    words: FUNCTIONS,
    audit: { action: "bia.imported", entityType: "bia" },
    write: (tx, write, planId) => writeFunction(tx, actor, planId, write),
  });
}

/** Adds or updates the function of one row, each changed section as its form saves it; its audit rows. */
async function writeFunction(tx: Tx, actor: Actor, planId: string, write: FunctionImportPlan["writes"][number]): Promise<Parameters<typeof recordAudits>[1]> {
  const { values, dependencies } = write;
  const { vitalRecords, ...links } = dependencies;
  const set = (ids: string[]) => ({ set: ids.map((id) => ({ id })) });
  if (!write.stored) {
    const connect = (ids: string[]) => ({ connect: ids.map((id) => ({ id })) });
    const created = await tx.businessFunction.create({
      data: {
        ...values,
        orgId: actor.orgId,
        planId,
        vitalRecords,
        systems: connect(links.systemIds),
        keyPeople: connect(links.keyPersonIds),
        vendors: connect(links.vendorIds),
        facilities: connect(links.facilityIds),
      },
    });
    return [{ actor, action: "function.created", entityType: "function", entityId: created.id, planId, after: functionSnapshot({ ...created, ...links }) }];
  }
  const stored = write.stored;
  const { count } = await tx.businessFunction.updateMany({
    where: { ...planRecordScope(actor, planId, stored.id), version: stored.version, dependenciesVersion: stored.dependenciesVersion },
    data: {
      ...(write.impactChanged ? { ...values, version: { increment: 1 } } : {}),
      ...(write.dependenciesChanged ? { vitalRecords, dependenciesVersion: { increment: 1 } } : {}),
    },
  });
  // Saved by someone else between the preview's reading and this write.
  if (count === 0) throw changedWhileImporting(FUNCTIONS, write.row, stored);
  const audits: Parameters<typeof recordAudits>[1] = [];
  if (write.impactChanged) {
    audits.push({ actor, action: "function.updated", entityType: "function", entityId: stored.id, planId, before: functionSnapshot(stored), after: functionSnapshot({ ...stored, ...values }) });
  }
  if (write.dependenciesChanged) {
    await tx.businessFunction.update({
      where: { id: stored.id },
      data: { systems: set(links.systemIds), keyPeople: set(links.keyPersonIds), vendors: set(links.vendorIds), facilities: set(links.facilityIds) },
    });
    const before = {
      systemIds: stored.systems.map((s) => s.id).sort(),
      keyPersonIds: stored.keyPeople.map((p) => p.id).sort(),
      vendorIds: stored.vendors.map((v) => v.id).sort(),
      facilityIds: stored.facilities.map((s) => s.id).sort(),
      vitalRecords: stored.vitalRecords,
    };
    audits.push({ actor, action: "function.dependencies_updated", entityType: "function", entityId: stored.id, planId, before, after: dependencies });
  }
  return audits;
}
