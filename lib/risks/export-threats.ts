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
import { threatsToCsv } from "@/lib/risks/threats-csv";
import { exportCells, loadOwners, loadThreats } from "@/lib/risks/plan-threat-import";

const exportSchema = z.object({ planId: z.string().min(1), template: z.boolean().default(false) });

/**
 * A plan's threat register as a CSV download (docs/decisions/0057): UTF-8 with a BOM, one row per
 * threat by name, with its id and version so the file can be edited and imported back over the
 * same threats. The template is the same header with no rows. Exports are audited (the file
 * leaves the app); the template holds no data and is not.
 */
export async function exportThreats({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "plan:export");
  const { planId, template } = parseInput(exportSchema, input);
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: planScope(actor, planId), select: { name: true } });
    if (!plan) throw notFound("The plan");
    // One after another: a transaction's queries share one connection.
    const threats = template ? [] : await loadThreats(tx, actor, planId);
    const owners = await loadOwners(tx, actor);
    const csv = CSV_BOM + threatsToCsv(threats.map((t) => ({ id: t.id, version: t.version, cells: exportCells(t, owners) })));
    if (!template) {
      await recordAudit(tx, { actor, action: "threats.exported", entityType: "plan", entityId: planId, planId, after: { rows: threats.length } });
    }
    const day = now.toISOString().slice(0, 10);
    return { filename: template ? `${fileSafe(plan.name)}-threats-template.csv` : `${fileSafe(plan.name)}-threats-${day}.csv`, csv };
  });
}
