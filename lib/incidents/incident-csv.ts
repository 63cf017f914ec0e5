import { neutraliseFormula, writeCsv } from "@/lib/csv/write-csv";
import { ENTRY_KIND_LABELS, INCIDENT_STATUS_LABELS, type IncidentEntryKind } from "@/lib/incidents/schemas";

type Incident = {
  title: string;
  scenarioName: string;
  declaredAt: Date;
  startedAt: Date | null;
  declaredByName: string;
  status: "active" | "stood_down";
  stoodDownAt: Date | null;
  reviewSummary: string;
};
type Entry = { at: Date; kind: IncidentEntryKind; text: string; systemName: string; recordedBy: string; createdAt: Date };

/**
 * An incident's log as CSV for the post-incident review: the declaration first, then each entry in
 * order (with the system a recovery entry reports back in service), then the stand-down; times in
 * UTC (ISO 8601). Every cell is guarded against formula
 * injection: the text is whatever the team typed under pressure. Pure.
 */
export function incidentLogCsv({ incident, entries }: { incident: Incident; entries: Entry[] }): string {
  const rows: string[][] = [["Time (UTC)", "Kind", "Entry", "Recorded by", "Recorded at (UTC)", "System back in service"]];
  const scenario = incident.scenarioName ? ` (scenario: ${incident.scenarioName})` : "";
  if (incident.startedAt) rows.push([incident.startedAt.toISOString(), "Disruption began", incident.title, "", "", ""]);
  rows.push([incident.declaredAt.toISOString(), "Declared", `${incident.title}${scenario}`, incident.declaredByName, "", ""]);
  for (const entry of entries) {
    rows.push([entry.at.toISOString(), ENTRY_KIND_LABELS[entry.kind], entry.text, entry.recordedBy, entry.createdAt.toISOString(), entry.systemName]);
  }
  if (incident.stoodDownAt) rows.push([incident.stoodDownAt.toISOString(), INCIDENT_STATUS_LABELS.stood_down, incident.reviewSummary, "", "", ""]);
  return writeCsv(rows.map((row) => row.map(neutraliseFormula)));
}
