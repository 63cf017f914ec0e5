import "server-only";
import type { Actor } from "@/lib/auth/context";
import { CSV_BOM } from "@/lib/csv/write-csv";
import { fileSafe } from "@/lib/slug";
import { getIncident } from "@/lib/incidents/get-incident";
import { incidentLogCsv } from "@/lib/incidents/incident-csv";

/** An incident's log as a CSV download named after the incident and its declaration day. */
export async function exportIncidentLog({ actor, planId, incidentId }: { actor: Actor; planId: string; incidentId: string }) {
  const { incident, entries } = await getIncident({ actor, planId, incidentId });
  return {
    filename: `${fileSafe(incident.title)}-log-${incident.declaredAt.toISOString().slice(0, 10)}.csv`,
    csv: CSV_BOM + incidentLogCsv({ incident, entries }),
  };
}
