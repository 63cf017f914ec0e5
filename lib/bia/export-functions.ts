import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { CSV_BOM } from "@/lib/csv/write-csv";
import { planScope } from "@/lib/plans/scope";
import { fileSafe } from "@/lib/slug";
import { storedGrid } from "@/lib/bia/function-fields";
import { storedCategories } from "@/lib/bia/impact";
import { functionsToCsv, targetCell } from "@/lib/bia/bia-csv";
import { exportCells, loadDirectories, loadFunctions } from "@/lib/bia/plan-function-import";

const exportSchema = z.object({ planId: z.string().min(1), template: z.boolean().default(false) });

/**
 * A plan's business functions as a CSV download (docs/decisions/0050): UTF-8 with a BOM, one row
 * per function by name, with its id and the versions of its two sections so the file can be
 * edited and imported back over the same functions. The template is the same header with no
 * rows. Exports are audited (the file leaves the app); the template holds no data and is not.
 */
export async function exportFunctions({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "plan:export");
  const { planId, template } = parseInput(exportSchema, input);
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: planScope(actor, planId), select: { name: true } });
    if (!plan) throw notFound("The plan");
    // One after another: a transaction's queries share one connection.
    const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { impactHorizonsMinutes: true, impactCategories: true } });
    const shape = { categories: storedCategories(org.impactCategories), horizons: org.impactHorizonsMinutes };
    const functions = template ? [] : await loadFunctions(tx, actor, planId);
    const lookups = await loadDirectories(tx, actor, planId);
    const csv =
      CSV_BOM +
      functionsToCsv(
        shape,
        functions.map((f) => ({
          id: f.id,
          version: f.version,
          dependenciesVersion: f.dependenciesVersion,
          grid: storedGrid(f.impactGrid),
          cells: {
            ...exportCells(f, lookups),
            name: f.name,
            description: f.description,
            costPerHour: f.costPerHour === null ? "" : String(f.costPerHour),
            mtd: targetCell(f.mtdMinutes),
            rto: targetCell(f.rtoMinutes),
            rpo: targetCell(f.rpoMinutes),
            wrt: targetCell(f.wrtMinutes),
            mtdOverrideReason: f.mtdOverrideReason,
            rtoOverrideReason: f.rtoOverrideReason,
          },
        })),
      );
    if (!template) {
      await recordAudit(tx, { actor, action: "bia.exported", entityType: "bia", entityId: planId, planId, after: { rows: functions.length } });
    }
    const day = now.toISOString().slice(0, 10);
    return { filename: template ? `${fileSafe(plan.name)}-bia-template.csv` : `${fileSafe(plan.name)}-bia-${day}.csv`, csv };
  });
}
