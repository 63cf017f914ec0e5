import type { ReactNode } from "react";
import type { ScenarioResult, ScenarioSystem, TargetStatus } from "@/lib/engine/types";
import type { Ctx, Snapshot } from "@/lib/reports/pdf/context";
import { Timeline, TimelineLegend } from "@/lib/reports/pdf/charts";
import { timelineView } from "@/lib/reports/pdf/timeline-view";
import { dateTime, duration, NONE, status } from "@/lib/reports/pdf/format";
import { formatMargin } from "@/lib/durations";
import { COLORS } from "@/lib/reports/pdf/styles";
import { formatMiB } from "@/lib/engine/words";
import { leftOutGroupSentence, leftOutReason, type HostlessSystem } from "@/lib/recovery/to-model";
import { functionGaps, mtdReading } from "@/lib/recovery/dashboard/mtd-gaps";
import { inheritedRtoSentence } from "@/lib/recovery/inherited-rto";
import { neverReadyReasons, recoveryHostShown } from "@/lib/recovery/never-ready-reason";
import { nothingToAssess } from "@/lib/versions/readiness-claims";
import { ageStatus, findingCode } from "@/lib/reports/pdf/labels";
import { andList } from "@/lib/count";

/** The screen's words for a finding's severity (the system page says the same). */
const SEVERITY = { error: "Problem", warning: "Warning" } as const;

/** Red for a breach and for a system never back, target or none; green for a target met. */
const tone = (state: TargetStatus, minutes: number | null) => (state === "breached" || minutes === null ? COLORS.breached : state === "met" ? COLORS.met : undefined);

/** Affected and never back (no surviving copy, no room, waiting on one that is not): a miss, target or none. */
const unbounded = (x: ScenarioSystem) => x.rpo.worstCaseMinutes === null || x.rto.achievableMinutes === null;

const missesTarget = (x: ScenarioSystem) => unbounded(x) || x.rpo.status === "breached" || x.rto.status === "breached";

/** How far a system is over its targets: Infinity when it never comes back, else its largest overrun. */
function overrun(x: ScenarioSystem): number {
  if (unbounded(x)) return Infinity;
  const over = [x.rpo.status === "breached" ? x.rpo.worstCaseMinutes! - x.rpo.target! : 0, x.rto.status === "breached" ? x.rto.achievableMinutes! - x.rto.target! : 0];
  return Math.max(...over);
}

/** An affected system's value; never "—", which would read as nothing to restore. */
const value = (minutes: number | null, none: string) => (minutes === null ? none : duration(minutes));

/** The status as the matrix on screen says it: a system never back is "no recovery" even without a target. */
const missStatus = (state: TargetStatus, minutes: number | null) => (state === "no-target" && minutes === null ? "no recovery" : status(state));

/**
 * The systems without a host with the functions that need them, as `toRecoveryModel` gives them,
 * worked out from the snapshot's register and BIA: a version taken before they were recorded
 * reads the same.
 */
function hostlessOf(snapshot: Snapshot): HostlessSystem[] {
  const kinds = new Map(snapshot.systems.map((x) => [x.name, x.kind]));
  return snapshot.recovery.unmodelled.map((system) => ({
    system,
    saas: kinds.get(system) === "saas",
    functions: snapshot.bia.functions.filter((f) => f.systems.some((x) => x.name === system)).map((f) => f.name),
  }));
}

type Reading = (p: ScenarioResult["processes"][number]) => ReturnType<typeof mtdReading>;

/** Each function's MTD check as the dashboard reads it: a check the systems left out of the model leave open is never shown as passed. */
function readingOf(snapshot: Snapshot): Reading {
  const gapsOf = functionGaps({ incomplete: snapshot.recovery.incomplete ?? [], hostless: hostlessOf(snapshot), processes: snapshot.recovery.model.processes });
  return (p) => mtdReading(p, gapsOf(p.id));
}

function scenarioSheets(ctx: Ctx, result: ScenarioResult, name: string): ReactNode[] {
  const { pdf, s, kit, input } = ctx;
  const { Text, View } = pdf;
  const findings = input.snapshot.recovery.assessment!.findings.filter((f) => f.scenario === result.id);
  // Why a system never comes back decides the host shown: none without a surviving copy, a lost one marked.
  const reasons = neverReadyReasons({ model: input.snapshot.recovery.model, scenario: result });
  const inherited = new Map((input.snapshot.recovery.inheritedRto ?? []).map((i) => [i.system, i]));
  // A finding names a system's RTO by its number: an inherited one also says where it comes from.
  const message = (f: (typeof findings)[number]) => {
    const rto = f.code === "RTO_BREACHED" && f.system ? inherited.get(f.system) : undefined;
    return rto ? `${f.message} ${inheritedRtoSentence(rto)}` : f.message;
  };
  const reading = readingOf(input.snapshot);
  const backAfter = (p: ScenarioResult["processes"][number]) => {
    const { state, time } = reading(p);
    if (p.rtoMinutes === null || time === "known") return duration(p.rtoMinutes);
    return time === "at least" ? `at least ${duration(p.rtoMinutes)}` : state === "provider" ? "—" : "not known";
  };
  const check = (p: ScenarioResult["processes"][number]) => {
    const { state, words } = reading(p);
    if (state === "exceeded") return "EXCEEDED";
    if (state === "no-mtd") return "no MTD";
    if (state === "met") return words ? `met ${words}` : "met";
    return words!;
  };
  const view = timelineView({ model: input.snapshot.recovery.model, result });
  // Systems the scenario leaves running are named, not tabled: their objectives are not at stake.
  const affectedSystems = result.systems.filter((x) => x.affected);
  const unaffected = result.systems.filter((x) => !x.affected).map((x) => x.id);
  const affected = affectedSystems.length;
  // Only the misses are tabled, worst first; the rest are named, so every affected system appears once.
  const misses = affectedSystems.filter(missesTarget).sort((a, b) => overrun(b) - overrun(a) || a.id.localeCompare(b.id));
  const rest = affectedSystems.filter((x) => !missesTarget(x));
  const meets = rest.filter((x) => x.rpo.status === "met" || x.rto.status === "met").map((x) => x.id);
  const noTarget = rest.filter((x) => x.rpo.status !== "met" && x.rto.status !== "met").map((x) => x.id);
  const matrix = kit.tableSheets({
    lead: (
      <>
        <kit.H2>{`Scenario: ${name}`}</kit.H2>
        <Text style={s.p}>{`${affected} of ${result.systems.length} modelled systems are affected.`}</Text>
        {unaffected.length ? <Text style={[s.p, s.muted]}>{`Not affected: ${unaffected.join(", ")}.`}</Text> : null}
        {affected ? <kit.H3>Systems that miss a target</kit.H3> : null}
        {misses.length > 1 ? <Text style={[s.p, s.muted]}>Worst first: those that never come back, then by how far they are over a target.</Text> : null}
      </>
    ),
    empty: affected ? "No affected system misses a target in this scenario." : "No system is affected in this scenario.",
    rows: misses,
    columns: [
      { label: "System", width: 4, value: (x) => x.id },
      { label: "RPO worst case", width: 2, value: (x) => value(x.rpo.worstCaseMinutes, "unbounded") },
      { label: "RPO target", width: 2, value: (x) => duration(x.rpo.target) },
      { label: "RPO status", width: 2, value: (x) => missStatus(x.rpo.status, x.rpo.worstCaseMinutes), color: (x) => tone(x.rpo.status, x.rpo.worstCaseMinutes) },
      { label: "RTO achievable", width: 2, value: (x) => value(x.rto.achievableMinutes, "never") },
      { label: "RTO target", width: 2, value: (x) => duration(x.rto.target) },
      { label: "RTO status", width: 2, value: (x) => missStatus(x.rto.status, x.rto.achievableMinutes), color: (x) => tone(x.rto.status, x.rto.achievableMinutes) },
      { label: "Host", width: 2, value: (x) => recoveryHostShown(x.rto.host, reasons.get(x.id)) || "—" },
    ],
  });
  const named = (
    <>
      {meets.length ? <Text style={s.p}>{`Affected systems that meet every target they have (${meets.length}): ${meets.join(", ")}.`}</Text> : null}
      {noTarget.length ? (
        <Text style={s.p}>{`Affected systems with no RPO or RTO target, so nothing to check them against (${noTarget.length}): ${noTarget.join(", ")}.`}</Text>
      ) : null}
    </>
  );
  const timeline =
    view.bars.length === 0 ? (
      <>
        <kit.H3>{`Recovery timeline — ${name}`}</kit.H3>
        <Text style={s.none}>{view.note}</Text>
      </>
    ) : (
      <View wrap={false}>
        <kit.H3>{`Recovery timeline — ${name}`}</kit.H3>
        {view.shown ? <Text style={[s.p, s.muted]}>{view.shown}</Text> : null}
        <TimelineLegend pdf={pdf} />
        <Timeline pdf={pdf} view={view} width={507} />
        <Text style={s.p}>
          {view.caption.lead ? <Text style={{ fontFamily: "Helvetica-Bold" }}>{`${view.caption.lead} `}</Text> : null}
          {view.caption.detail}
        </Text>
        {view.note ? <Text style={[s.p, s.muted]}>{view.note}</Text> : null}
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
      { label: "Back in operation after", width: 3, value: backAfter },
      {
        label: "MTD check",
        width: 2,
        value: check,
        color: (p) => (p.mtdOk === false ? COLORS.breached : reading(p).state === "met" && !reading(p).words ? COLORS.met : undefined),
      },
      { label: "Slack", width: 2, value: (p) => (reading(p).slack ? formatMargin(p.slackMinutes) : "—") },
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
  // The systems named rather than tabled follow the table, on its last sheet.
  const objectives = matrix.map((sheet, i) => (i === matrix.length - 1 ? <>{sheet}{named}</> : sheet));
  return [...objectives, ...hosts, ...mtd, ...fixes];
}

/** One scenario's outcome in counts: the readiness chapter's summary row. */
function glance(result: ScenarioResult, findings: { scenario?: string; severity: string }[], reading: Reading) {
  const affected = result.systems.filter((x) => x.affected);
  return {
    id: result.id,
    systems: result.systems.length,
    affected: affected.length,
    rpoBreached: affected.filter((x) => x.rpo.status === "breached").length,
    rtoBreached: affected.filter((x) => x.rto.status === "breached").length,
    mtdExceeded: result.processes.filter((p) => p.mtdOk === false).length,
    // Neither past their MTD nor within it: counted apart, as the plan's outcome counts them.
    mtdNotKnown: result.processes.filter((p) => reading(p).state === "not-known").length,
    problems: findings.filter((f) => f.scenario === result.id && f.severity === "error").length,
  };
}

/**
 * Recovery readiness: restore-point age, then per scenario the systems that miss a target (the
 * rest named), timeline, capacity, MTD check and findings.
 */
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
  const reading = readingOf(input.snapshot);
  const noHost = hostlessOf(input.snapshot).filter((h) => !h.saas).map((h) => h.system);
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
              rows={assessment.scenarios.map((sc) => glance(sc, assessment.findings, reading))}
              columns={[
                { label: "Scenario", width: 4, value: (g) => names.get(g.id) ?? g.id },
                { label: "Systems affected", width: 2, value: (g) => `${g.affected} of ${g.systems}` },
                { label: "RPO breached", width: 2, value: (g) => String(g.rpoBreached), color: (g) => (g.rpoBreached ? COLORS.breached : undefined) },
                { label: "RTO breached", width: 2, value: (g) => String(g.rtoBreached), color: (g) => (g.rtoBreached ? COLORS.breached : undefined) },
                { label: "Functions past their MTD", width: 2, value: (g) => (g.mtdNotKnown ? `${g.mtdExceeded} (${g.mtdNotKnown} not known)` : String(g.mtdExceeded)), color: (g) => (g.mtdExceeded ? COLORS.breached : undefined) },
                { label: "Problems", width: 2, value: (g) => String(g.problems) },
              ]}
            />
            {/* The counts are of the systems in the model: those without a host are in none, and a reader must not take them for met (docs/decisions/0083). */}
            {noHost.length ? <Text style={s.p}>{`Not assessed (no host), so in none of these counts: ${andList(noHost)}.`}</Text> : null}
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
