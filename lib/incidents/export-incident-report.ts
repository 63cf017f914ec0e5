import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { fileSafe } from "@/lib/slug";
import { getPlan } from "@/lib/plans/get-plan";
import { getIncident } from "@/lib/incidents/get-incident";
import { getIncidentRecovery } from "@/lib/incidents/get-incident-recovery";
import { listCorrectiveActions } from "@/lib/incidents/list-corrective-actions";
import { incidentReport } from "@/lib/incidents/incident-report";
import { renderIncidentReport } from "@/lib/incidents/render-incident-report";

/**
 * The post-incident report as a PDF download named after the incident and its declaration day
 * (docs/decisions/0062), for anyone who can read the plan, as its log's CSV is. Made from one read
 * of the incident, like its page. Audited once rendered, with the file's SHA-256: the log, names
 * and decisions leave the app.
 */
export async function exportIncidentReport({ actor, planId, incidentId, now = new Date() }: { actor: Actor; planId: string; incidentId: string; now?: Date }) {
  authorize(actor, "plan:read");
  const plan = await getPlan({ actor, planId });
  const read = await getIncident({ actor, planId, incidentId });
  const [recovery, actions] = await Promise.all([getIncidentRecovery({ actor, ...read, now }), listCorrectiveActions({ actor, planId, incidentId })]);
  const { incident, entries } = read;
  const bytes = await renderIncidentReport(incidentReport({ organization: actor.orgName, marking: actor.orgMarking, planName: plan.name, incident, entries, recovery, actions, now }));
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: "incident.report_downloaded",
      entityType: "incident",
      entityId: incident.id,
      planId,
      after: { title: incident.title, entries: entries.length, sha256: createHash("sha256").update(bytes).digest("hex") },
    }),
  );
  return { filename: `${fileSafe(incident.title)}-report-${incident.declaredAt.toISOString().slice(0, 10)}.pdf`, bytes };
}
