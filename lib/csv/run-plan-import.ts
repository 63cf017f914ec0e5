import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { fileProblem, readCsvUpload } from "@/lib/csv/read-upload";
import { rowProblems } from "@/lib/csv/row-problems";
import { changedSincePreview, fileNameOf, previewOf } from "@/lib/csv/import-preview";
import type { ImportedRecords, ImportPlan } from "@/lib/csv/plan-import";

/**
 * The preview and the apply of a CSV import into a plan's records (the BIA's, decision 50; the
 * threat register's, decision 57), around the planner of each: the file is read and planned
 * against the editable plan in one transaction, a preview writes nothing, and an apply writes all
 * rows or none, only if the file would still do what its preview showed (the fingerprint).
 */

type Planner<P> = (tx: Tx, actor: Pick<Actor, "orgId">, input: { planId: string; text: string }) => Promise<{ ok: true; plan: P } | { ok: false; errors: string[] }>;
type Call = { actor: Actor; input: unknown; file: unknown };

const EXAMPLE = { example: "one downloaded from this page" };
const previewSchema = z.object({ planId: z.string().min(1) });
const applySchema = previewSchema.extend({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "Preview the file first.") });

async function planned<P>(tx: Tx, actor: Actor, planId: string, text: string, planImport: Planner<P>): Promise<P> {
  await loadEditablePlan(tx, actor, planId);
  const result = await planImport(tx, actor, { planId, text });
  if (!result.ok) throw rowProblems(result.errors);
  return result.plan;
}

/** What importing a file would do, as its preview shows it, with the plan it was shown from (for what else a preview says); or every problem of the file. Writes nothing. */
export async function previewPlanImport<P extends ImportPlan<unknown>>({ actor, input, file, planImport }: Call & { planImport: Planner<P> }) {
  authorize(actor, "plan:edit");
  const { planId } = parseInput(previewSchema, input);
  const { text } = await readCsvUpload(file, EXAMPLE);
  const plan = await db.$transaction((tx) => planned(tx, actor, planId, text, planImport), { timeout: 60_000, maxWait: 10_000 });
  return { plan, preview: previewOf(plan, file) };
}

/** A write's refusal when its record was saved by someone else between the preview's reading and the write. */
export const changedWhileImporting = <S>(words: ImportedRecords<S>, row: number, stored: S) =>
  new AppError("CONFLICT", `Row ${row} (“${words.nameOf(stored)}”): someone changed this ${words.kind} while the file was being imported. Nothing was imported; preview the file again.`);

/**
 * Applies a previewed file in one transaction: `write` adds or updates the record of each of the
 * plan's writes (conditionally on the version it was planned at, refusing with
 * changedWhileImporting) and returns its audit rows; one row of `action` records the counts. A
 * file that changes nothing writes nothing; a name another import or save took meanwhile is a
 * problem of the file.
 */
export async function applyPlanImport<P extends ImportPlan<unknown>>({
  actor,
  input,
  file,
  planImport,
  words,
  audit,
  write,
}: Call & {
  planImport: Planner<P>;
  words: Pick<ImportedRecords<unknown>, "kind" | "exported">;
  audit: { action: string; entityType: string };
  write: (tx: Tx, write: P["writes"][number], planId: string) => Promise<Parameters<typeof recordAudits>[1]>;
}) {
  authorize(actor, "plan:edit");
  const { planId, fingerprint } = parseInput(applySchema, input);
  const { text } = await readCsvUpload(file, EXAMPLE);
  try {
    return await db.$transaction(
      async (tx) => {
        // The plan first, then its rows: the lock order of lock-plan.ts.
        await lockPlan(tx, { orgId: actor.orgId, planId });
        const plan = await planned(tx, actor, planId, text, planImport);
        if (plan.fingerprint !== fingerprint) throw changedSincePreview(words.exported);
        const counts = { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
        if (plan.writes.length === 0) return counts;
        const audits: Parameters<typeof recordAudits>[1] = [];
        for (const w of plan.writes) audits.push(...(await write(tx, w, planId)));
        await recordAudits(tx, audits);
        await recordAudit(tx, { actor, action: audit.action, entityType: audit.entityType, entityId: planId, planId, after: { file: fileNameOf(file), rows: plan.rows, ...counts } });
        return counts;
      },
      // Up to 2,000 rows, each its own conditional write.
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw fileProblem(`Another ${words.kind} with one of these names was added while the file was being imported. Preview the file again.`);
    throw error;
  }
}
