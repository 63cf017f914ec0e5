import "server-only";
import type { Actor } from "@/lib/auth/context";
import { planRecordScope } from "@/lib/bia/scope";
import type { ImportPreview } from "@/lib/csv/import-preview";
import type { RowChange } from "@/lib/csv/plan-import";
import { applyPlanImport, changedWhileImporting, previewPlanImport } from "@/lib/csv/run-plan-import";
import { threatSnapshot } from "@/lib/risks/risk-fields";
import { planThreatImport, THREATS } from "@/lib/risks/plan-threat-import";

/** What a file would do, and what it says that the import does not do (its Linked scenarios). */
export type ThreatImportPreview = ImportPreview<RowChange> & { notes: string[] };

/**
 * What importing a threat register file would do (docs/decisions/0057): the threats it adds and
 * updates, field by field, how many rows match their threat already, and what it does not import;
 * or every problem of the file. Writes nothing.
 */
export async function previewThreatImport({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }): Promise<ThreatImportPreview> {
  const { plan, preview } = await previewPlanImport({ actor, input, file, planImport: planThreatImport });
  return { ...preview, notes: plan.notes };
}

/**
 * Applies a previewed threat register file, all rows or none, in one transaction: only if it
 * would still do exactly what its preview showed (the fingerprint), so a threat saved or added
 * since is never overwritten unseen. Each added threat writes `threat.created` and each updated
 * one `threat.updated` (bumping its version), the rows its form writes; one `threats.imported`
 * row records the counts. A file that changes nothing writes nothing.
 */
export async function importThreats({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }) {
  return applyPlanImport({
    actor,
    input,
    file,
    planImport: planThreatImport,
    words: THREATS,
    audit: { action: "threats.imported", entityType: "plan" },
    write: async (tx, { row, stored, data }, planId) => {
      if (!stored) {
        const created = await tx.threat.create({ data: { ...data, orgId: actor.orgId, planId } });
        return [{ actor, action: "threat.created", entityType: "threat", entityId: created.id, planId, after: threatSnapshot(created) }];
      }
      const { count } = await tx.threat.updateMany({ where: { ...planRecordScope(actor, planId, stored.id), version: stored.version }, data: { ...data, version: { increment: 1 } } });
      // Saved by someone else between the preview's reading and this write.
      if (count === 0) throw changedWhileImporting(THREATS, row, stored);
      return [{ actor, action: "threat.updated", entityType: "threat", entityId: stored.id, planId, before: threatSnapshot(stored), after: threatSnapshot({ ...stored, ...data }) }];
    },
  });
}
