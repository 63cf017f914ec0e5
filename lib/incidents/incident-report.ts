/**
 * What the post-incident report says (docs/decisions/0062), as text ready to set: the declaration,
 * the log in order, the recovery the plan expected beside the systems the log reported back (the
 * verdicts as the incident's page words them), and the corrective actions. Pure, and plain JSON,
 * as the renderer's own process takes it (lib/incidents/render-incident-report.ts).
 */
import { formatDay, formatInstant } from "@/lib/days";
import { isFindingOverdue } from "@/lib/exercises/schedule";
import { count } from "@/lib/count";
import { duration } from "@/lib/reports/pdf/format";
import { findingSeverity, findingStatus } from "@/lib/reports/pdf/labels";
import { ENTRY_KIND_LABELS, INCIDENT_STATUS_LABELS, type IncidentEntryKind } from "@/lib/incidents/schemas";
import { incidentDuration } from "@/lib/incidents/incident-time";
import { logItems } from "@/lib/incidents/log-items";
import { functionWords, systemVerdict, verdictSummary } from "@/lib/incidents/incident-recovery";
import type { IncidentRecoveryView } from "@/lib/incidents/get-incident-recovery";

type Incident = {
  title: string;
  status: "active" | "stood_down";
  scenarioName: string;
  scenarioKey: string | null;
  declaredAt: Date;
  startedAt: Date | null;
  cleanBefore: Date | null;
  declaredByName: string;
  stoodDownAt: Date | null;
  stoodDownBy: string | null;
  reviewSummary: string;
};
type Entry = { at: Date; kind: IncidentEntryKind; text: string; systemName: string; recordedBy: string };
type Action = { description: string; severity: string; status: string; owner: { name: string } | null; dueOn: Date | null; closedNote: string };

export type Fact = { name: string; value: string };
export type LogRow = { time: string; what: string; text: string; by: string };
export type SystemRow = { system: string; verdict: string; tone: "back" | "ok" | "late" | "never"; expected: string; deadline: string; dataBack: string; reportedBack: string };
export type FunctionRow = { name: string; resumes: string; mtd: string; verdict: string };
export type ActionRow = { description: string; severity: string; owner: string; due: string; status: string };

export type IncidentReport = {
  title: string;
  organization: string;
  /** The organisation's classification marking, "" for none (docs/decisions/0061). */
  marking: string;
  planName: string;
  generated: string;
  declaration: Fact[];
  review: { text: string; by: string | null } | null;
  log: LogRow[];
  recovery: { sentences: string[]; systems: SystemRow[]; functions: FunctionRow[] };
  actions: ActionRow[];
};

/** An entry's text as the PDF can set it: its built-in fonts (WinAnsi) have no "→", which a correction's entry holds. */
const settable = (text: string) => text.replaceAll("→", "->");

/** The log as the page reads it: the disruption, the declaration, each entry and the stand-down, in order. */
function logRows(incident: Incident, entries: Entry[]): LogRow[] {
  return logItems(incident, entries).map((item) => {
    const time = formatInstant(item.at);
    if (item.kind === "began") return { time, what: "Disruption began", text: "", by: "" };
    if (item.kind === "declared") return { time, what: "Declared", text: `Plan invoked by ${incident.declaredByName}.`, by: "" };
    if (item.kind === "stood-down") return { time, what: "Stood down", text: "The response stood down. The review is under the declaration.", by: incident.stoodDownBy ?? "" };
    const { entry } = item;
    const back = entry.systemName ? `Back in service: ${entry.systemName}. ` : "";
    return { time, what: ENTRY_KIND_LABELS[entry.kind], text: settable(`${back}${entry.text}`), by: entry.recordedBy };
  });
}

function declarationFacts(incident: Incident, now: Date): Fact[] {
  const scenario = incident.scenarioName ? `${incident.scenarioName}${incident.scenarioKey ? "" : " (no longer in the plan)"}` : "none";
  const { name, words } = incidentDuration({ declaredAt: incident.declaredAt, stoodDownAt: incident.stoodDownAt, now });
  return [
    { name: "Declared", value: `${formatInstant(incident.declaredAt)} by ${incident.declaredByName}` },
    { name: "Scenario", value: scenario },
    ...(incident.startedAt ? [{ name: "Disruption began", value: formatInstant(incident.startedAt) }] : []),
    ...(incident.cleanBefore ? [{ name: "Last known clean", value: formatInstant(incident.cleanBefore) }] : []),
    { name: "Status", value: INCIDENT_STATUS_LABELS[incident.status] },
    ...(incident.stoodDownAt
      ? [{ name: "Stood down", value: `${formatInstant(incident.stoodDownAt)}${incident.stoodDownBy ? ` (recorded by ${incident.stoodDownBy})` : ""}` }]
      : []),
    { name, value: words },
  ];
}

/** The expected recovery as the page says it, or why there is none, worked out when the report was made. */
function recoverySection(view: IncidentRecoveryView, incident: Incident, generated: string): IncidentReport["recovery"] {
  const none = (sentence: string) => ({ sentences: [sentence], systems: [], functions: [] });
  if (view.state === "no-scenario") return none("This incident was declared under none of the plan's scenarios, so there is no expected recovery to compare.");
  if (view.state === "scenario-gone") return none(`The scenario “${view.scenarioName}” is no longer in the plan, so its expected recovery cannot be worked out.`);
  if (view.state === "invalid") return none("The plan's recovery data cannot be assessed as it stands: its Recovery readiness page says what to fix.");
  const { disasterAt, systems, functions, groups } = view.recovery;
  const began = disasterAt.getTime() === incident.declaredAt.getTime() ? "at the declaration" : `when the disruption began, ${formatInstant(disasterAt)}`;
  const sentences = [
    `The scenario “${incident.scenarioName}” struck ${began}; restores start at the declaration, ${formatInstant(incident.declaredAt)}. ` +
      `Worked out from the plan's recovery data as it stood on ${generated}, beside the systems the log reported back in service.`,
  ];
  if (systems.length === 0) sentences.push("No system of the plan is affected in this scenario.");
  // A "system" scenario assesses every system as if it alone were lost: counts of all of them say nothing.
  else if (view.scenarioKind === "system") sentences.push(`This scenario assesses each of the plan's ${count(systems.length, "system")} as if it alone were lost.`);
  else sentences.push(verdictSummary(systems));
  const inconsistent = groups.filter((g) => g.consistent === false);
  if (inconsistent.length > 0) {
    sentences.push(
      `Restored to different points in time, beyond what their consistency group allows: ${inconsistent
        .map((g) => `${g.name} (${duration(g.skewMinutes)} apart, at most ${duration(g.maxSkewMinutes)})`)
        .join("; ")}.`,
    );
  }
  return {
    sentences,
    systems: systems.map((s) => {
      const verdict = systemVerdict(s);
      return {
        system: s.system,
        verdict: verdict.label,
        tone: verdict.tone,
        expected: s.ready ? `${formatInstant(s.ready)}${s.source === "test" ? " (as its last restore test took)" : ""}` : "not as the plan stands",
        deadline: s.deadline ? `${formatInstant(s.deadline)} (RTO ${duration(s.rtoTarget)})` : "no RTO target",
        dataBack: s.dataFrom
          ? `${formatInstant(s.dataFrom)}${s.restoreFrom ? `, from ${s.restoreFrom}` : ""} (${duration(s.dataLostMinutes)} lost${s.rpoTarget === null ? "" : `; RPO ${duration(s.rpoTarget)}`})`
          : "no surviving copy",
        reportedBack: s.backAt ? formatInstant(s.backAt) : "not reported",
      };
    }),
    functions: functions.map((f) => {
      const { resumes, verdict } = functionWords(f);
      return { name: f.name, resumes: resumes ?? "does not resume as the plan stands", mtd: f.mtdDeadline ? formatInstant(f.mtdDeadline) : "no MTD set", verdict };
    }),
  };
}

function actionRows(actions: Action[], now: Date): ActionRow[] {
  return actions.map((a) => ({
    description: a.description,
    severity: findingSeverity(a.severity),
    owner: a.owner?.name ?? "No owner yet",
    due: a.dueOn ? `${formatDay(a.dueOn)}${isFindingOverdue(a, now) ? " (overdue)" : ""}` : "—",
    status: a.status === "closed" && a.closedNote ? `${findingStatus(a.status)}: ${a.closedNote}` : findingStatus(a.status),
  }));
}

/** The report of the incident's one read (getIncident), its expected recovery and its corrective actions, as of `now`. */
export function incidentReport({
  organization,
  marking,
  planName,
  incident,
  entries,
  recovery,
  actions,
  now,
}: {
  organization: string;
  marking: string;
  planName: string;
  incident: Incident;
  entries: Entry[];
  recovery: IncidentRecoveryView;
  actions: Action[];
  now: Date;
}): IncidentReport {
  const generated = formatInstant(now);
  return {
    title: incident.title,
    organization,
    marking,
    planName,
    generated,
    declaration: declarationFacts(incident, now),
    review: incident.stoodDownAt ? { text: incident.reviewSummary, by: incident.stoodDownBy } : null,
    log: logRows(incident, entries),
    recovery: recoverySection(recovery, incident, generated),
    actions: actionRows(actions, now),
  };
}
