import "server-only";
import { z } from "zod";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { functionSnapshot } from "@/lib/bia/function-fields";
import { planRecordScope } from "@/lib/bia/scope";
import { fileProblem, readCsvUpload } from "@/lib/csv/read-upload";
import { rowProblems } from "@/lib/csv/row-problems";
import { changedSincePreview, fileNameOf, previewOf, type ImportPreview } from "@/lib/csv/import-preview";
import { planFunctionImport, type FunctionChange, type FunctionImportPlan } from "@/lib/bia/plan-function-import";

const previewSchema = z.object({ planId: z.string().min(1) });
const applySchema = previewSchema.extend({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "Preview the file first.") });

export type FunctionImportPreview = ImportPreview<FunctionChange>;

async function planned(tx: Tx, actor: Actor, planId: string, text: string): Promise<FunctionImportPlan> {
  await loadEditablePlan(tx, actor, planId);
  const result = await planFunctionImport(tx, actor, { planId, text });
  if (!result.ok) throw rowProblems(result.errors);
  return result.plan;
}

/**
 * What importing a BIA file would do (docs/decisions/0050): the functions it adds and updates,
 * field by field, and how many it leaves unchanged, or every problem of the file. Writes nothing.
 */
export async function previewFunctionImport({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }): Promise<FunctionImportPreview> {
  authorize(actor, "plan:edit");
  const { planId } = parseInput(previewSchema, input);
  const { text } = await readCsvUpload(file, { example: "one downloaded from this page" });
  const plan = await db.$transaction((tx) => planned(tx, actor, planId, text), { timeout: 60_000, maxWait: 10_000 });
  return previewOf(plan, file);
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
  authorize(actor, "plan:edit");
  const { planId, fingerprint } = parseInput(applySchema, input);
  const { text } = await readCsvUpload(file, { example: "one downloaded from this page" });
  try {
    return await db.$transaction(
      async (tx) => {
        const plan = await planned(tx, actor, planId, text);
        if (plan.fingerprint !== fingerprint) {
          throw changedSincePreview("the BIA");
        }
        const counts = { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
        if (plan.writes.length === 0) return counts;
        const audits: Parameters<typeof recordAudits>[1] = [];
        for (const write of plan.writes) {
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
            audits.push({ actor, action: "function.created", entityType: "function", entityId: created.id, planId, after: functionSnapshot({ ...created, ...links }) });
            continue;
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
          if (count === 0) {
            throw new AppError("CONFLICT", `Row ${write.row} (“${stored.name}”): someone changed this function while the file was being imported. Nothing was imported; preview the file again.`);
          }
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
        }
        await recordAudits(tx, audits);
        await recordAudit(tx, { actor, action: "bia.imported", entityType: "bia", entityId: planId, planId, after: { file: fileNameOf(file), rows: plan.rows, ...counts } });
        return counts;
      },
      // Up to 2,000 rows, each its own conditional write.
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw fileProblem("Another function with one of these names was added while the file was being imported. Preview the file again.");
    throw error;
  }
}
