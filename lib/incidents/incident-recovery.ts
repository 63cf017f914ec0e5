/**
 * Recovery during an incident (docs/decisions/0053): the plan's recovery model assessed for the
 * incident's scenario as it actually happened, and the engine's answer turned into clock times the
 * response team can work to. Pure: the use case (get-incident-recovery.ts) reads the rows.
 *
 * The disaster instant is when the disruption began (the declaration when no earlier start was
 * recorded); recovery cannot start before the declaration, so the scenario's assumed detection
 * and decision time is replaced by the real one. A ransomware scenario's clean boundary is the one
 * the team recorded, else the scenario's own, kept as far before the disruption as the scenario
 * puts it. The model is assessed at the disaster instant, so a restore test counts if it was valid
 * then, and the backups counted are those the schedules and the imported restore points say were
 * usable at that instant.
 */
import type { Assessment, ModelNames, RecoveryModel, ScenarioResult } from "@/lib/engine";
import { neverReadyReasons, reasonWords } from "@/lib/recovery/never-ready-reason";
import { formatDuration as words } from "@/lib/durations";
import { formatInstant } from "@/lib/days";
import { count } from "@/lib/count";
import { functionGaps, mtdReading, type FunctionGaps, type LeftOut } from "@/lib/recovery/dashboard/mtd-gaps";

const MINUTE = 60_000;

export type IncidentTimes = {
  declaredAt: Date;
  /** When the disruption began, if recorded (at or before the declaration). */
  startedAt: Date | null;
  /** Ransomware: the last instant the systems are known clean, if recorded. */
  cleanBefore: Date | null;
};

/** The instant the engine takes as the disaster: the start of the disruption, else the declaration. */
export function disasterInstant(incident: Pick<IncidentTimes, "declaredAt" | "startedAt">): Date {
  return incident.startedAt ?? incident.declaredAt;
}

const iso = (date: Date) => date.toISOString();

/**
 * The model to assess for the incident: only its scenario, struck at the disaster instant, with
 * the declaration's real delay; null when the model has no such scenario (it was deleted, or is
 * left out of the model).
 */
export function incidentModel({ model, scenarioKey, incident }: { model: RecoveryModel; scenarioKey: string; incident: IncidentTimes }): RecoveryModel | null {
  const scenario = model.scenarios.find((s) => s.id === scenarioKey);
  if (!scenario) return null;
  const at = disasterInstant(incident);
  const declareMinutes = Math.max(0, (incident.declaredAt.getTime() - at.getTime()) / MINUTE);
  const struck = { ...scenario, at: iso(at), declareMinutes };
  if (scenario.kind === "ransomware") struck.cleanBefore = iso(incident.cleanBefore ?? shiftedCleanBoundary(scenario, at));
  return { ...model, assessedAt: iso(at), scenarios: [struck] };
}

/** A ransomware scenario's clean boundary moved with its attack to `at` (the model requires both instants for ransomware). */
function shiftedCleanBoundary(scenario: RecoveryModel["scenarios"][number], at: Date): Date {
  if (!scenario.at || !scenario.cleanBefore) return at;
  return new Date(at.getTime() - (Date.parse(scenario.at) - Date.parse(scenario.cleanBefore)));
}

export type SystemRecovery = {
  system: string;
  priority: number;
  /** The location it restores from (its name), or null when no copy survives. */
  restoreFrom: string | null;
  /** The newest point it can be restored to, and the data written since (lost). */
  dataFrom: Date | null;
  dataLostMinutes: number | null;
  rpoTarget: number | null;
  /** The newest restore point imported from the backup software at that location and usable at the disaster. */
  newestImported: Date | null;
  /** When it is expected back, null when it never is as planned (`cannot` says why). */
  ready: Date | null;
  rtoTarget: number | null;
  /** When its RTO runs out, counted from the disaster. */
  deadline: Date | null;
  /** Expected ready − deadline: positive is late. Null without a target or a ready time. */
  lateByMinutes: number | null;
  /** "test" when a valid restore test gives the time, "estimate" when the engine computed it. */
  source: "test" | "estimate" | null;
  cannot: string | null;
};

export type FunctionRecovery = {
  name: string;
  /** When the function is expected to work again: its systems back, then its work recovery time. */
  resumes: Date | null;
  /** When its maximum tolerable downtime runs out, or null without an MTD. */
  mtdDeadline: Date | null;
  mtdOk: boolean | null;
  /** Its systems left out of the model: its check is not the engine's alone (decision 83). */
  gaps: FunctionGaps;
};

export type GroupRecovery = { name: string; skewMinutes: number | null; maxSkewMinutes: number; consistent: boolean | null };

export type IncidentRecovery = {
  disasterAt: Date;
  systems: SystemRecovery[];
  functions: FunctionRecovery[];
  groups: GroupRecovery[];
};

/** A system's expected recovery with when the log first reported it back in service (null: not yet). */
export type SystemProgress = SystemRecovery & { backAt: Date | null };

export type IncidentProgress = Omit<IncidentRecovery, "systems"> & { systems: SystemProgress[] };

/** The expected recovery beside the log: `backInService` maps a system's name to the first time the log reported it back. */
export function withLoggedRecovery(recovery: IncidentRecovery, backInService: ReadonlyMap<string, Date>): IncidentProgress {
  return { ...recovery, systems: recovery.systems.map((s) => ({ ...s, backAt: backInService.get(s.system) ?? null })) };
}

const after = (at: Date, minutes: number | null) => (minutes === null ? null : new Date(at.getTime() + minutes * MINUTE));

/** The newest imported restore point per system and location usable at `at` (ms), keyed "system\u0000location". */
function newestImportedPoints(model: RecoveryModel, at: number): Map<string, number> {
  const newest = new Map<string, number>();
  for (const p of model.restorePoints) {
    const usable = Date.parse(p.usableAt);
    const pit = Date.parse(p.pointInTime);
    if (usable > at) continue;
    const key = `${p.system}\u0000${p.location}`;
    if ((newest.get(key) ?? -Infinity) < pit) newest.set(key, pit);
  }
  return newest;
}

/**
 * The engine's assessment of the incident model as the incident page reads it: per affected
 * system, in the order they are expected back (those never back last), the point its data comes
 * from and when it is expected back against its RTO's deadline; per business function, when it
 * resumes against its MTD; per consistency group, its skew.
 */
export function readIncidentRecovery({
  model,
  assessment,
  names,
  leftOut = {},
}: {
  model: RecoveryModel;
  assessment: Assessment;
  /** What people call the locations, hosts and groups the model knows by key (the model's own names, as the findings use them). */
  names: ModelNames;
  /** The plan's systems left out of the model, which its functions need. */
  leftOut?: Pick<LeftOut, "hostless" | "incomplete">;
}): IncidentRecovery {
  const scenario: ScenarioResult = assessment.scenarios[0];
  const disasterAt = new Date(Date.parse(model.scenarios[0].at!));
  const priority = new Map(model.systems.map((s) => [s.id, s.priority]));
  const nameOf = (records: Record<string, string> | undefined, key: string) => (records && Object.hasOwn(records, key) ? records[key] : key);
  const reasons = neverReadyReasons({ model, scenario, names: { hosts: new Map(Object.entries(names.hosts ?? {})) } });
  const imported = newestImportedPoints(model, disasterAt.getTime());

  const systems: SystemRecovery[] = scenario.systems
    .filter((s) => s.affected)
    .map((s) => {
      const deadline = after(disasterAt, s.rto.target);
      const ready = after(disasterAt, s.rto.ready);
      const reason = reasons.get(s.id);
      const newest = s.rpo.location === null ? undefined : imported.get(`${s.id}\u0000${s.rpo.location}`);
      return {
        system: s.id,
        priority: priority.get(s.id) ?? 3,
        restoreFrom: s.rpo.location === null ? null : nameOf(names.locations, s.rpo.location),
        dataFrom: s.rpo.atDisasterMinutes === null ? null : new Date(disasterAt.getTime() - s.rpo.atDisasterMinutes * MINUTE),
        dataLostMinutes: s.rpo.atDisasterMinutes,
        rpoTarget: s.rpo.target,
        newestImported: newest === undefined ? null : new Date(newest),
        ready,
        rtoTarget: s.rto.target,
        deadline,
        lateByMinutes: ready && deadline ? (ready.getTime() - deadline.getTime()) / MINUTE : null,
        source: s.rto.source,
        cannot: ready ? null : reason ? reasonWords(reason) : "no recovery",
      };
    })
    .sort((a, b) => (a.ready?.getTime() ?? Infinity) - (b.ready?.getTime() ?? Infinity) || a.priority - b.priority || a.system.localeCompare(b.system));

  const processes = new Map(model.processes.map((p) => [p.id, p]));
  const gapsOf = functionGaps({ ...leftOut, processes: model.processes });
  const functions: FunctionRecovery[] = scenario.processes
    .map((p) => {
      const facts = processes.get(p.id);
      return {
        name: p.id,
        resumes: p.rtoMinutes === null ? null : after(disasterAt, p.rtoMinutes + (facts?.wrtMinutes ?? 0)),
        mtdDeadline: after(disasterAt, facts?.mtdMinutes ?? null),
        mtdOk: p.mtdOk,
        gaps: gapsOf(p.id),
      };
    })
    // Those at risk first: the MTD missed, then by deadline, then by name.
    .sort((a, b) => rank(a) - rank(b) || (a.mtdDeadline?.getTime() ?? Infinity) - (b.mtdDeadline?.getTime() ?? Infinity) || a.name.localeCompare(b.name));

  const skews = new Map(model.consistencyGroups.map((g) => [g.id, g.maxSkewMinutes]));
  const groups: GroupRecovery[] = scenario.consistencyGroups.map((g) => ({
    name: nameOf(names.consistencyGroups, g.id),
    skewMinutes: g.skewMinutes,
    maxSkewMinutes: skews.get(g.id) ?? 0,
    consistent: g.consistent,
  }));

  return { disasterAt, systems, functions, groups };
}

// A check the systems left out leave open is at risk too: right after those that miss their MTD.
const RANKS = { exceeded: 0, "not-known": 1, provider: 2, met: 2, "no-mtd": 3 } as const;
const rank = (f: FunctionRecovery) => RANKS[mtdReading(f, f.gaps).state];

/** A function's verdict when it outlasts its maximum tolerable downtime, which the PDF sets in red. */
export const MISSES_MTD = "Misses its MTD";

export type FunctionWords = {
  /** When it resumes: an instant, "not before …" when systems not assessed may take longer, "not known"; null: it does not as the plan stands. */
  resumes: string | null;
  /** Its verdict against its MTD for the report's table: "Misses its MTD", "Not known: PBX not assessed (no host)", "—" without an MTD… */
  verdict: string;
  /** What the page adds after the function's times, null for nothing: it marks a missed MTD apart, and says nothing of one plainly met. */
  note: string | null;
};

/**
 * A function's recovery as the incident's page and report word it. A function whose systems are
 * left out of the model is given no time by the engine, so it would read back at the disaster
 * and within its MTD: the dashboard's reading (mtdReading, docs/decisions/0083) says instead what
 * is not known or is its provider's.
 */
export function functionWords(f: FunctionRecovery): FunctionWords {
  const { state, words: said, time } = mtdReading(f, f.gaps);
  const resumes = f.resumes === null ? null : time === "none" ? "not known" : time === "at least" ? `not before ${formatInstant(f.resumes)}` : formatInstant(f.resumes);
  const within = said ? `within its MTD ${said}` : "within its MTD";
  const note = state === "not-known" || state === "provider" ? said! : state === "met" && said ? within : null;
  const verdict = state === "exceeded" ? MISSES_MTD : state === "no-mtd" ? "—" : state === "met" ? within : said!;
  return { resumes, verdict: verdict.charAt(0).toUpperCase() + verdict.slice(1), note };
}

export type SystemVerdict = { tone: "back" | "ok" | "late" | "never"; label: string };

/**
 * What the team should read first about a system: back in service (as logged), never back as the
 * plan stands, late against its RTO, or expected within it.
 */
export function systemVerdict(system: SystemProgress): SystemVerdict {
  if (system.backAt) {
    const late = system.deadline && system.backAt > system.deadline ? (system.backAt.getTime() - system.deadline.getTime()) / MINUTE : null;
    return { tone: "back", label: late === null ? "Back in service" : `Back in service, ${words(late)} after its RTO ran out` };
  }
  if (system.cannot) return { tone: "never", label: `Not recoverable as the plan stands: ${system.cannot}` };
  if (system.lateByMinutes !== null && system.lateByMinutes > 0) return { tone: "late", label: `Expected ${words(system.lateByMinutes)} after its RTO runs out` };
  return { tone: "ok", label: system.rtoTarget === null ? "No RTO target" : "Expected within its RTO" };
}

/** Counts for the summary line: how many systems are back, on time, late and not recoverable. */
export function verdictCounts(systems: SystemProgress[]): Record<SystemVerdict["tone"], number> {
  const counts = { back: 0, ok: 0, late: 0, never: 0 };
  for (const s of systems) counts[systemVerdict(s).tone] += 1;
  return counts;
}

/** The summary line of the verdicts, as the incident's page and its report say it. */
export function verdictSummary(systems: SystemProgress[]): string {
  const counts = verdictCounts(systems);
  return (
    `${count(systems.length, "system")} affected: ${counts.back} back in service, ${counts.ok} expected within ${counts.ok === 1 ? "its" : "their"} RTO, ` +
    `${counts.late} expected late, ${counts.never} not recoverable as the plan stands.`
  );
}

/** Systems expected back by `now` that the log has not reported back: the ones to chase. */
export function overdue(systems: SystemProgress[], now: Date): SystemProgress[] {
  return systems.filter((s) => !s.backAt && s.ready !== null && s.ready <= now);
}
