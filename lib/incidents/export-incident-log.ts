import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { CSV_BOM } from "@/lib/csv/write-csv";
import { fileSafe } from "@/lib/slug";
import { getIncident } from "@/lib/incidents/get-incident";
import { incidentLogCsv } from "@/lib/incidents/incident-csv";

/**
 * An incident's log as a CSV download named after the incident and its declaration day. Audited,
 * like the other exports: the log, names and decisions included, leaves the app.
 */
export async function exportIncidentLog({ actor, planId, incidentId }: { actor: Actor; planId: string; incidentId: string }) {
  const { incident, entries } = await getIncident({ actor, planId, incidentId });
  await db.$transaction((tx) =>
    recordAudit(tx, { actor, action: "incident.exported", entityType: "incident", entityId: incident.id, planId, after: { title: incident.title, entries: entries.length } }),
  );
  return {
    filename: `${fileSafe(incident.title)}-log-${incident.declaredAt.toISOString().slice(0, 10)}.csv`,
    csv: CSV_BOM + incidentLogCsv({ incident, entries }),
  };
}
