import { neutraliseFormula, writeCsv } from "@/lib/csv/write-csv";
import { ENTRY_KIND_LABELS, INCIDENT_STATUS_LABELS, type IncidentEntryKind } from "@/lib/incidents/schemas";
import { logItems } from "@/lib/incidents/log-items";

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
 * order (with the system a recovery entry reports back in service), and the stand-down where it
 * falls (a correction of the declaration may come after it); times in UTC (ISO 8601). Every cell
 * is guarded against formula injection: the text is whatever the team typed under pressure. Pure.
 */
export function incidentLogCsv({ incident, entries }: { incident: Incident; entries: Entry[] }): string {
  const rows: string[][] = [["Time (UTC)", "Kind", "Entry", "Recorded by", "Recorded at (UTC)", "System back in service"]];
  const scenario = incident.scenarioName ? ` (scenario: ${incident.scenarioName})` : "";
  for (const item of logItems(incident, entries)) {
    const at = item.at.toISOString();
    if (item.kind === "began") rows.push([at, "Disruption began", incident.title, "", "", ""]);
    else if (item.kind === "declared") rows.push([at, "Declared", `${incident.title}${scenario}`, incident.declaredByName, "", ""]);
    else if (item.kind === "stood-down") rows.push([at, INCIDENT_STATUS_LABELS.stood_down, incident.reviewSummary, "", "", ""]);
    else rows.push([at, ENTRY_KIND_LABELS[item.entry.kind], item.entry.text, item.entry.recordedBy, item.entry.createdAt.toISOString(), item.entry.systemName]);
  }
  return writeCsv(rows.map((row) => row.map(neutraliseFormula)));
}
