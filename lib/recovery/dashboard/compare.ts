/** What a what-if draft changes: per scenario and system, the RPO and RTO before and after. Pure. */
import type { Assessment, TargetStatus } from "@/lib/engine";
import { functionGaps, type FunctionGaps, type LeftOut } from "./mtd-gaps";

export type Change = {
  scenario: string;
  system: string;
  rpo: { before: number | null; after: number | null; statusBefore: TargetStatus; statusAfter: TargetStatus };
  rto: { before: number | null; after: number | null; statusBefore: TargetStatus; statusAfter: TargetStatus };
  /** Whether the system found no room on its recovery host (the usual reason for an unbounded RTO). */
  unplaced: { before: boolean; after: boolean };
};

type ScenarioResult = Assessment["scenarios"][number];

const unplacedIn = (sc: ScenarioResult) => new Set(sc.hosts.flatMap((h) => h.unplaced));

export function compareAssessments(before: Assessment, after: Assessment): Change[] {
  const old = new Map(before.scenarios.flatMap((sc) => sc.systems.map((s) => [`${sc.id}\u0000${s.id}`, s] as const)));
  const oldUnplaced = new Map(before.scenarios.map((sc) => [sc.id, unplacedIn(sc)]));
  const changes: Change[] = [];
  for (const sc of after.scenarios) {
    const unplaced = unplacedIn(sc);
    for (const s of sc.systems) {
      const was = old.get(`${sc.id}\u0000${s.id}`);
      if (!was) continue;
      const change: Change = {
        scenario: sc.id,
        system: s.id,
        rpo: { before: was.rpo.worstCaseMinutes, after: s.rpo.worstCaseMinutes, statusBefore: was.rpo.status, statusAfter: s.rpo.status },
        rto: { before: was.rto.achievableMinutes, after: s.rto.achievableMinutes, statusBefore: was.rto.status, statusAfter: s.rto.status },
        unplaced: { before: oldUnplaced.get(sc.id)?.has(s.id) ?? false, after: unplaced.has(s.id) },
      };
      const moved = (x: Change["rpo"]) => x.before !== x.after || x.statusBefore !== x.statusAfter;
      if (moved(change.rpo) || moved(change.rto) || change.unplaced.before !== change.unplaced.after) changes.push(change);
    }
  }
  return changes;
}

/** A function's recovery time and MTD check in one scenario (`mtdOk` null: no MTD set). */
export type MtdCheck = { rtoMinutes: number | null; mtdOk: boolean | null };

/** What a draft does beside the objectives: the MTD checks, the problems and the room on the hosts. */
export type OutcomeChanges = {
  /** Error findings (targets missed, nothing to restore from, no room, MTD exceeded…), as saved and with the draft. */
  problems: { before: number; after: number };
  /** Per scenario and function whose MTD check or recovery time moves, with its systems left out of the assessment (a draft cannot change which). */
  functions: { scenario: string; process: string; before: MtdCheck; after: MtdCheck; gaps: FunctionGaps }[];
  /** Per scenario and host whose systems without room change. */
  capacity: { scenario: string; host: string; before: string[]; after: string[] }[];
};

export function compareOutcomes(before: Assessment, after: Assessment, leftOut: LeftOut = {}): OutcomeChanges {
  const gapsOf = functionGaps(leftOut);
  const problems = (a: Assessment) => a.findings.filter((f) => f.severity === "error").length;
  const oldScenarios = new Map(before.scenarios.map((sc) => [sc.id, sc]));
  const functions: OutcomeChanges["functions"] = [];
  const capacity: OutcomeChanges["capacity"] = [];
  for (const sc of after.scenarios) {
    const was = oldScenarios.get(sc.id);
    if (!was) continue;
    const oldProcesses = new Map(was.processes.map((p) => [p.id, p]));
    for (const p of sc.processes) {
      const old = oldProcesses.get(p.id);
      if (old && (old.mtdOk !== p.mtdOk || old.rtoMinutes !== p.rtoMinutes)) {
        functions.push({ scenario: sc.id, process: p.id, before: { rtoMinutes: old.rtoMinutes, mtdOk: old.mtdOk }, after: { rtoMinutes: p.rtoMinutes, mtdOk: p.mtdOk }, gaps: gapsOf(p.id) });
      }
    }
    const oldHosts = new Map(was.hosts.map((h) => [h.id, h.unplaced]));
    const newHosts = new Map(sc.hosts.map((h) => [h.id, h.unplaced]));
    for (const host of new Set([...oldHosts.keys(), ...newHosts.keys()])) {
      const [old, now] = [oldHosts.get(host) ?? [], newHosts.get(host) ?? []];
      if (old.join("\u0000") !== now.join("\u0000")) capacity.push({ scenario: sc.id, host, before: old, after: now });
    }
  }
  return { problems: { before: problems(before), after: problems(after) }, functions, capacity };
}
