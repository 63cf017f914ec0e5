import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { CSV_BOM } from "@/lib/csv/write-csv";
import { fileSafe } from "@/lib/slug";
import { assessPlan } from "@/lib/recovery/assess-plan";
import { hostNames, locationNames } from "@/lib/recovery/model-names";
import { readinessToCsv } from "@/lib/reports/readiness-csv";

/** The current readiness matrix (systems × scenarios) as a CSV download named after the plan, audited. */
export async function exportReadiness({ actor, planId, now = new Date() }: { actor: Actor; planId: string; now?: Date }) {
  authorize(actor, "plan:export");
  const result = await assessPlan({ actor, planId, now });
  const [plan, scenarios, locations, hosts] = await Promise.all([
    db.plan.findFirst({ where: { id: planId, orgId: actor.orgId }, select: { name: true } }),
    db.scenario.findMany({ where: { orgId: actor.orgId, planId }, select: { key: true, name: true } }),
    locationNames(actor, planId),
    hostNames(actor, planId),
  ]);
  const scenarioNames = Object.fromEntries(scenarios.map((s) => [s.key, s.name]));
  const csv =
    CSV_BOM +
    readinessToCsv(result.ok ? result.assessment : null, {
      scenarioNames,
      incomplete: result.incomplete,
      inheritedRto: result.inheritedRto,
      targetFunctions: result.targetFunctions,
      model: result.model,
      locationNames: locations,
      hostNames: hosts,
    });
  await db.$transaction((tx) => recordAudit(tx, { actor, action: "readiness.exported", entityType: "plan", entityId: planId, planId, after: { scenarios: result.ok ? result.assessment.scenarios.length : 0 } }));
  return { filename: `${fileSafe(plan?.name ?? "")}-readiness-${now.toISOString().slice(0, 10)}.csv`, csv };
}
