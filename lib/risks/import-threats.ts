import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { planRecordScope } from "@/lib/bia/scope";
import { fileProblem, readCsvUpload } from "@/lib/csv/read-upload";
import { rowProblems } from "@/lib/csv/row-problems";
import { changedSincePreview, fileNameOf, previewOf, type ImportPreview } from "@/lib/csv/import-preview";
import { threatSnapshot } from "@/lib/risks/risk-fields";
import { planThreatImport, type ThreatChange, type ThreatImportPlan } from "@/lib/risks/plan-threat-import";

const EXAMPLE = { example: "one downloaded from this page" };

const previewSchema = z.object({ planId: z.string().min(1) });
const applySchema = previewSchema.extend({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "Preview the file first.") });

/** What a file would do, and what it says that the import does not do (its Linked scenarios). */
export type ThreatImportPreview = ImportPreview<ThreatChange> & { notes: string[] };

async function planned(tx: Tx, actor: Actor, planId: string, text: string): Promise<ThreatImportPlan> {
  await loadEditablePlan(tx, actor, planId);
  const result = await planThreatImport(tx, actor, { planId, text });
  if (!result.ok) throw rowProblems(result.errors);
  return result.plan;
}

/**
 * What importing a threat register file would do (docs/decisions/0057): the threats it adds and
 * updates, field by field, how many rows match their threat already, and what it does not import;
 * or every problem of the file. Writes nothing.
 */
export async function previewThreatImport({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }): Promise<ThreatImportPreview> {
  authorize(actor, "plan:edit");
  const { planId } = parseInput(previewSchema, input);
  const { text } = await readCsvUpload(file, EXAMPLE);
  const plan = await db.$transaction((tx) => planned(tx, actor, planId, text), { timeout: 60_000, maxWait: 10_000 });
  return { ...previewOf(plan, file), notes: plan.notes };
}

/**
 * Applies a previewed threat register file, all rows or none, in one transaction: only if it
 * would still do exactly what its preview showed (the fingerprint), so a threat saved or added
 * since is never overwritten unseen. Each added threat writes `threat.created` and each updated
 * one `threat.updated` (bumping its version), the rows its form writes; one `threats.imported`
 * row records the counts. A file that changes nothing writes nothing.
 */
export async function importThreats({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, fingerprint } = parseInput(applySchema, input);
  const { text } = await readCsvUpload(file, EXAMPLE);
  try {
    return await db.$transaction(
      async (tx) => {
        const plan = await planned(tx, actor, planId, text);
        if (plan.fingerprint !== fingerprint) {
          throw changedSincePreview("the threat register");
        }
        const counts = { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
        if (plan.writes.length === 0) return counts;
        const audits: Parameters<typeof recordAudits>[1] = [];
        for (const { row, stored, data } of plan.writes) {
          if (!stored) {
            const created = await tx.threat.create({ data: { ...data, orgId: actor.orgId, planId } });
            audits.push({ actor, action: "threat.created", entityType: "threat", entityId: created.id, planId, after: threatSnapshot(created) });
            continue;
          }
          const { count } = await tx.threat.updateMany({ where: { ...planRecordScope(actor, planId, stored.id), version: stored.version }, data: { ...data, version: { increment: 1 } } });
          // Saved by someone else between the preview's reading and this write.
          if (count === 0) throw new AppError("CONFLICT", `Row ${row} (“${stored.title}”): someone changed this threat while the file was being imported. Nothing was imported; preview the file again.`);
          audits.push({ actor, action: "threat.updated", entityType: "threat", entityId: stored.id, planId, before: threatSnapshot(stored), after: threatSnapshot({ ...stored, ...data }) });
        }
        await recordAudits(tx, audits);
        await recordAudit(tx, { actor, action: "threats.imported", entityType: "plan", entityId: planId, planId, after: { file: fileNameOf(file), rows: plan.rows, ...counts } });
        return counts;
      },
      // Up to 2,000 rows, each its own conditional write.
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw fileProblem("Another threat with one of these names was added while the file was being imported. Preview the file again.");
    throw error;
  }
}
