// Achievable RTO (recovery-model.md, "Restore time"): restore start, transfers
// through each location's streams, then dependency-ordered boot and
// verification; a valid measured test replaces transfer + boot + verify.
import { simulateTransfers, type TransferJob } from "./bandwidth";
import type { Compiled, CTest } from "./compile";
import { queueOrder } from "./capacity";
import type { ScenarioView } from "./scenario";

/** What the system restores from in this scenario (the chosen RPO path). */
export interface RestoreSource {
  location: number;
  replica: boolean;
}

export interface RestorePlan {
  start: number;
  /** When its transfer got a stream (null for tests and replicas). */
  begin: number | null;
  transferEnd: number | null;
  ready: number | null;
  test: CTest | null;
  /** Ready time of its slowest dependency when that held it back. */
  waitedFor: number | null;
}

/** The newest test of the system from the location within the validity window (ties: the slower). */
export function validTest(c: Compiled, system: number, location: number): CTest | null {
  let best: CTest | null = null;
  for (const t of c.tests[system]) {
    if (t.location !== location || t.date > c.assessedAt || t.date < c.assessedAt - c.testValidity) continue;
    best = t; // sorted by date, then minutes: the last valid one wins
  }
  return best;
}

export function testMinutes(c: Compiled, system: number, test: CTest): number {
  const usedGB = c.systems[system].usedGB;
  return test.minutes * Math.max(1, test.usedGB === null ? 1 : usedGB / test.usedGB);
}

export function restoreStart(c: Compiled, view: ScenarioView, system: number, location: number): number {
  return Math.max(view.sc.start, c.locations[location].retrieval, c.hosts[view.recoveryHost[system]].readyAfter);
}

/**
 * Minutes to read `usedGB` alone from a location (no contention): at its per-stream limit, which
 * is never above its throughput. Exported for the app, which shows a transfer's time alone beside
 * the engine's result (that gives only when a transfer ends).
 */
export function aloneTransferMinutes(usedGB: number, location: { streamMBps: number; throughputMBps: number }): number {
  return (usedGB * 1000) / (Math.min(location.streamMBps, location.throughputMBps) * 60);
}

/** Minutes to read the system alone from the location (no contention). */
export function soloTransferMinutes(c: Compiled, system: number, location: number): number {
  const l = c.locations[location];
  return aloneTransferMinutes(c.systems[system].usedGB, { streamMBps: l.stream, throughputMBps: l.throughput });
}

/** Restore time of the system from a path on its own: the tie-break between equal worst cases. */
export function standAloneMinutes(c: Compiled, view: ScenarioView, system: number, source: RestoreSource): number {
  const start = restoreStart(c, view, system, source.location);
  const test = validTest(c, system, source.location);
  if (test) return start + testMinutes(c, system, test);
  return start + (source.replica ? 0 : soloTransferMinutes(c, system, source.location)) + c.systems[system].bootVerify;
}

/**
 * Plans every affected system that has a source and a place; others (and
 * their dependents) stay unbounded. Unaffected systems are ready at 0.
 */
export function planRestores(c: Compiled, view: ScenarioView, sources: Array<RestoreSource | null>, placed: boolean[]): Array<RestorePlan | null> {
  const plans: Array<RestorePlan | null> = c.systems.map(() => null);
  const jobsByLocation = new Map<number, TransferJob[]>();
  const rank = new Map([...c.systems].sort(queueOrder).map((s, i) => [s.index, i]));
  for (const s of c.systems) {
    const source = sources[s.index];
    if (!view.affected[s.index] || source === null || !placed[s.index]) continue;
    const start = restoreStart(c, view, s.index, source.location);
    const test = validTest(c, s.index, source.location);
    const plan: RestorePlan = { start, begin: null, transferEnd: null, ready: null, test, waitedFor: null };
    plans[s.index] = plan;
    if (test) continue;
    if (source.replica) {
      plan.transferEnd = start; // failing over moves no data
      continue;
    }
    const job = { id: s.index, rank: rank.get(s.index)!, ready: start, sizeMB: s.usedGB * 1000 };
    // Alone, a system competes with nothing; together, with everything reading there.
    const key = view.isolated ? -1 - s.index : source.location;
    if (!jobsByLocation.has(key)) jobsByLocation.set(key, []);
    jobsByLocation.get(key)!.push(job);
  }
  for (const [key, jobs] of jobsByLocation) {
    const location = key >= 0 ? key : (sources[jobs[0].id] as RestoreSource).location;
    for (const [id, times] of simulateTransfers(jobs, c.locations[location])) {
      plans[id]!.begin = times.begin;
      plans[id]!.transferEnd = times.end;
    }
  }
  // Readiness in dependency order; what it depends on keeps running when
  // unaffected, and always in a system scenario.
  const ready: Array<number | null> = c.systems.map(() => null);
  for (const i of c.topo) {
    const s = c.systems[i];
    if (!view.affected[i]) {
      ready[i] = 0;
      continue;
    }
    const plan = plans[i];
    if (plan === null) continue;
    let deps = 0;
    let blocked = false;
    if (!view.isolated) {
      for (const d of s.deps) {
        const r = ready[d];
        if (r === null) blocked = true;
        else deps = Math.max(deps, r);
      }
    }
    if (blocked) continue;
    const from = plan.test ? plan.start : (plan.transferEnd as number);
    if (deps > from) plan.waitedFor = deps;
    const work = plan.test ? testMinutes(c, i, plan.test) : s.bootVerify;
    ready[i] = plan.ready = Math.max(from, deps) + work;
  }
  return plans;
}
