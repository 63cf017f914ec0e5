import type { ReactNode } from "react";
import type { ScenarioResult } from "@/lib/engine/types";
import type { Ctx } from "@/lib/reports/pdf/context";
import { Timeline, type TimelineBar } from "@/lib/reports/pdf/charts";
import { dateTime, duration, NONE, status } from "@/lib/reports/pdf/format";
import { COLORS } from "@/lib/reports/pdf/styles";
import { formatMiB } from "@/lib/engine/words";
import { leftOutGroupSentence, leftOutReason } from "@/lib/recovery/to-model";
import { inheritedRtoSentence } from "@/lib/recovery/inherited-rto";
import { nothingToAssess } from "@/lib/versions/readiness-claims";
import { ageStatus, findingCode } from "@/lib/reports/pdf/labels";

/** The timeline shows the systems ready last; the matrix above it lists every system. */
export const TIMELINE_MAX_BARS = 40;

/** The screen's words for a finding's severity (the system page says the same). */
const SEVERITY = { error: "Problem", warning: "Warning" } as const;

const tone = (value: string) => (value === "breached" ? COLORS.breached : value === "met" ? COLORS.met : undefined);

function timelineBars(result: ScenarioResult): TimelineBar[] {
  return result.systems
    .filter((x) => x.affected && x.rto.restoreStart !== null && x.rto.transferEnd !== null && x.rto.ready !== null)
    .map((x) => ({ system: x.id, restoreStart: x.rto.restoreStart!, transferEnd: x.rto.transferEnd!, ready: x.rto.ready!, target: x.rto.target }))
    .sort((a, b) => b.ready - a.ready || a.system.localeCompare(b.system))
    .slice(0, TIMELINE_MAX_BARS)
    .reverse();
}

/** Why the timeline has no bars, or leaves some affected systems out: never "nothing to restore" when something is. */
export function timelineNote(result: ScenarioResult, shown: number): string | null {
  const affected = result.systems.filter((x) => x.affected);
  if (affected.length === 0) return "No system is affected in this scenario, so nothing needs restoring.";
  const never = affected.filter((x) => x.rto.ready === null).map((x) => x.id);
  const measured = affected.filter((x) => x.rto.ready !== null && x.rto.transferEnd === null).map((x) => x.id);
  const parts = [
    never.length ? `Never ready in this scenario (no surviving copy, no room on the recovery host, or waiting for one that is not): ${never.join(", ")}.` : "",
    measured.length ? `Restored in the time a restore test measured, not drawn: ${measured.join(", ")}.` : "",
  ].filter(Boolean);
  if (shown === 0) return [`None of the ${affected.length} affected systems can be drawn.`, ...parts].join(" ");
  return parts.length ? parts.join(" ") : null;
}

function scenarioSheets(ctx: Ctx, result: ScenarioResult, name: string): ReactNode[] {
  const { pdf, s, kit, input } = ctx;
  const { Text, View } = pdf;
  const findings = input.snapshot.recovery.assessment!.findings.filter((f) => f.scenario === result.id);
  const inherited = new Map((input.snapshot.recovery.inheritedRto ?? []).map((i) => [i.system, i]));
  // A finding names a system's RTO by its number: an inherited one also says where it comes from.
  const message = (f: (typeof findings)[number]) => {
    const rto = f.code === "RTO_BREACHED" && f.system ? inherited.get(f.system) : undefined;
    return rto ? `${f.message} ${inheritedRtoSentence(rto)}` : f.message;
  };
  const incomplete = input.snapshot.recovery.incomplete ?? [];
  const notAssessed = (process: string) => incomplete.filter((i) => i.functions.includes(process)).map((i) => i.system);
  const bars = timelineBars(result);
  const note = timelineNote(result, bars.length);
  // Systems the scenario leaves running are named, not tabled: their objectives are not at stake.
  const affectedSystems = result.systems.filter((x) => x.affected);
  const unaffected = result.systems.filter((x) => !x.affected).map((x) => x.id);
  const affected = affectedSystems.length;
  const matrix = kit.tableSheets({
    lead: (
      <>
        <kit.H2>{`Scenario: ${name}`}</kit.H2>
        <Text style={s.p}>{`${affected} of ${result.systems.length} modelled systems are affected.`}</Text>
        {unaffected.length ? <Text style={[s.p, s.muted]}>{`Not affected: ${unaffected.join(", ")}.`}</Text> : null}
        <kit.H3>Recovery objectives per affected system</kit.H3>
      </>
    ),
    empty: "No system is affected in this scenario.",
    rows: affectedSystems,
    columns: [
      { label: "System", width: 4, value: (x) => x.id },
      { label: "RPO worst case", width: 2, value: (x) => duration(x.rpo.worstCaseMinutes) },
      { label: "RPO target", width: 2, value: (x) => duration(x.rpo.target) },
      { label: "RPO status", width: 2, value: (x) => status(x.rpo.status), color: (x) => tone(x.rpo.status) },
      { label: "RTO achievable", width: 2, value: (x) => duration(x.rto.achievableMinutes) },
      { label: "RTO target", width: 2, value: (x) => duration(x.rto.target) },
      { label: "RTO status", width: 2, value: (x) => status(x.rto.status), color: (x) => tone(x.rto.status) },
      { label: "Host", width: 2, value: (x) => x.rto.host ?? "—" },
    ],
  });
  const timeline =
    bars.length === 0 ? (
      <>
        <kit.H3>{`Recovery timeline — ${name}`}</kit.H3>
        <Text style={s.none}>{note}</Text>
      </>
    ) : (
      <View wrap={false}>
        <kit.H3>{`Recovery timeline — ${name}`}</kit.H3>
        <Text style={[s.p, s.muted]}>
          {bars.length < affected
            ? `The ${bars.length} systems ready last, of ${affected} affected. Grey: waiting; light blue: data transfer; blue: boot and checks (red when later than the RTO, the red tick).`
            : "Grey: waiting; light blue: data transfer; blue: boot and checks (red when later than the RTO, the red tick)."}
        </Text>
        <Timeline pdf={pdf} bars={bars} width={507} />
        {note ? <Text style={[s.p, s.muted]}>{note}</Text> : null}
      </View>
    );
  const hosts = kit.tableSheets({
    lead: (
      <>
        {timeline}
        <kit.H3>Host capacity</kit.H3>
      </>
    ),
    empty: "No system is to be placed on a host in this scenario.",
    // As on the dashboard: the hosts something is to be placed on; a host with nothing available is lost.
    rows: result.hosts.filter((h) => h.demandMiB > 0 || h.unplaced.length > 0),
    columns: [
      { label: "Host", width: 3, value: (h) => h.id },
      { label: "Memory needed", width: 2, value: (h) => formatMiB(h.demandMiB) },
      { label: "Memory available", width: 2, value: (h) => (h.availableMiB > 0 ? formatMiB(h.availableMiB) : "lost") },
      { label: "Systems that do not fit", width: 5, value: (h) => h.unplaced.join(", ") || "none" },
    ],
  });
  const mtd = kit.tableSheets({
    lead: <kit.H3>{`Maximum tolerable downtime per function — ${name}`}</kit.H3>,
    empty: NONE,
    rows: result.processes,
    columns: [
      { label: "Function", width: 4, value: (p) => p.id },
      { label: "Back in operation after", width: 3, value: (p) => duration(p.rtoMinutes) },
      {
        label: "MTD check",
        width: 2,
        // A pass is not claimed while some of the function's systems are not assessed.
        value: (p) => (p.mtdOk === false ? "EXCEEDED" : notAssessed(p.id).length ? `not known: ${notAssessed(p.id).join(", ")} not assessed` : p.mtdOk === null ? "no MTD" : "met"),
        color: (p) => (p.mtdOk === false ? COLORS.breached : p.mtdOk && !notAssessed(p.id).length ? COLORS.met : undefined),
      },
      { label: "Slack", width: 2, value: (p) => (p.mtdOk !== false && notAssessed(p.id).length ? "—" : duration(p.slackMinutes)) },
    ],
  });
  const fixes = kit.tableSheets({
    lead: <kit.H3>{`Findings and fixes — ${name}`}</kit.H3>,
    empty: "No findings in this scenario.",
    rows: findings,
    columns: [
      { label: "Severity", width: 1, value: (f) => SEVERITY[f.severity], color: (f) => (f.severity === "error" ? COLORS.breached : COLORS.warning) },
      { label: "Finding", width: 2, value: (f) => findingCode(f.code) },
      { label: "What is wrong and how to fix it", width: 8, value: message },
    ],
  });
  return [...matrix, ...hosts, ...mtd, ...fixes];
}

/** Recovery readiness: restore-point age, then per scenario its matrix, timeline, capacity, MTD check and findings. */
/** One scenario's outcome in counts: the readiness chapter's summary row. */
function glance(result: ScenarioResult, findings: { scenario?: string; severity: string }[]) {
  const affected = result.systems.filter((x) => x.affected);
  return {
    id: result.id,
    systems: result.systems.length,
    affected: affected.length,
    rpoBreached: affected.filter((x) => x.rpo.status === "breached").length,
    rtoBreached: affected.filter((x) => x.rto.status === "breached").length,
    mtdExceeded: result.processes.filter((p) => p.mtdOk === false).length,
    problems: findings.filter((f) => f.scenario === result.id && f.severity === "error").length,
  };
}

export function readinessSheets(ctx: Ctx): ReactNode[] {
  const { pdf, s, kit, input } = ctx;
  const { Text } = pdf;
  const { assessment, issues, unmodelled } = input.snapshot.recovery;
  const incomplete = input.snapshot.recovery.incomplete ?? [];
  const cut = input.snapshot.recovery.cutDependencies ?? [];
  const inherited = input.snapshot.recovery.inheritedRto ?? [];
  const groups = input.snapshot.recovery.leftOutGroups ?? [];
  if (!assessment) {
    return kit.tableSheets({
      lead: <Text style={s.p}>The recovery model could not be assessed; these issues need fixing first:</Text>,
      empty: NONE,
      rows: issues,
      columns: [
        { label: "Field", width: 2, value: (i) => i.path },
        { label: "Issue", width: 6, value: (i) => i.message },
      ],
    });
  }
  const names = new Map(input.snapshot.risks.scenarios.map((sc) => [sc.key, sc.name]));
  const general = assessment.findings.filter((f) => !f.scenario);
  const noEvidence = assessment.systems.filter((x) => x.currentAge.status === "no-evidence").map((x) => x.id);
  const empty = nothingToAssess(assessment);
  const scenarioCount = `${assessment.scenarios.length} scenario${assessment.scenarios.length === 1 ? "" : "s"}`;
  const ages = kit.tableSheets({
    lead: (
      <>
        <Text style={s.p}>{`Assessed by the recovery engine at ${dateTime(assessment.assessedAt)}, across ${scenarioCount}.`}</Text>
        {empty ? <Text style={s.p}>{empty}</Text> : null}
        {unmodelled.length ? <Text style={[s.p, s.muted]}>{`Outside the recovery model (for example SaaS): ${unmodelled.join(", ")}.`}</Text> : null}
        {incomplete.length ? (
          <Text style={s.p}>{`Not assessed, memory or used size not set (no RTO is shown as met for them): ${incomplete.map((i) => `${i.system} (${leftOutReason(i.missing)})`).join(", ")}.`}</Text>
        ) : null}
        {cut.length ? (
          <Text style={[s.p, s.muted]}>{`Assessed without waiting for a system left out of the model that they depend on: ${cut.map((c) => `${c.system} (on ${c.dependsOn}: ${c.reason})`).join(", ")}.`}</Text>
        ) : null}
        {groups.length ? <Text style={s.p}>{groups.map(leftOutGroupSentence).join(" ")}</Text> : null}
        {inherited.length ? (
          <Text style={[s.p, s.muted]}>{`RTO targets passed down from a system that depends on them: ${inherited.map((i) => `${i.system}: ${inheritedRtoSentence(i)}`).join(" ")}`}</Text>
        ) : null}
        {assessment.scenarios.length ? (
          <>
            {/* The chapter's answer first: each scenario in a line, its details on the pages after. */}
            <kit.H2>Each scenario at a glance</kit.H2>
            <kit.Table
              empty={NONE}
              rows={assessment.scenarios.map((sc) => glance(sc, assessment.findings))}
              columns={[
                { label: "Scenario", width: 4, value: (g) => names.get(g.id) ?? g.id },
                { label: "Systems affected", width: 2, value: (g) => `${g.affected} of ${g.systems}` },
                { label: "RPO breached", width: 2, value: (g) => String(g.rpoBreached), color: (g) => (g.rpoBreached ? COLORS.breached : undefined) },
                { label: "RTO breached", width: 2, value: (g) => String(g.rtoBreached), color: (g) => (g.rtoBreached ? COLORS.breached : undefined) },
                { label: "Functions past their MTD", width: 2, value: (g) => String(g.mtdExceeded), color: (g) => (g.mtdExceeded ? COLORS.breached : undefined) },
                { label: "Problems", width: 2, value: (g) => String(g.problems) },
              ]}
            />
          </>
        ) : null}
        <kit.H2>Current restore-point age</kit.H2>
        <Text style={s.p}>
          {noEvidence.length
            ? `Systems lacking evidence of a restore point: ${noEvidence.join(", ")}.`
            : assessment.systems.length
              ? "Every modelled system has evidence of a restore point."
              : "No system is modelled yet, so there is no restore point to check."}
        </Text>
      </>
    ),
    empty: NONE,
    rows: assessment.systems,
    columns: [
      { label: "System", width: 4, value: (x) => x.id },
      { label: "Age of newest restore point", width: 3, value: (x) => duration(x.currentAge.minutes) },
      { label: "Status", width: 3, value: (x) => ageStatus(x.currentAge.status), color: (x) => (["exceeded", "severe", "critical", "no-evidence"].includes(x.currentAge.status) ? COLORS.breached : undefined) },
    ],
  });
  const generalFindings = kit.tableSheets({
    lead: <kit.H2>General findings</kit.H2>,
    empty: "No findings outside the scenarios.",
    rows: general,
    columns: [
      { label: "Severity", width: 1, value: (f) => SEVERITY[f.severity], color: (f) => (f.severity === "error" ? COLORS.breached : COLORS.warning) },
      { label: "Finding", width: 2, value: (f) => findingCode(f.code) },
      { label: "What is wrong and how to fix it", width: 8, value: (f) => f.message },
    ],
  });
  return [...ages, ...generalFindings, ...assessment.scenarios.flatMap((result) => scenarioSheets(ctx, result, names.get(result.id) ?? result.id))];
}
