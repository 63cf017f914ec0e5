// The MTD check per process: its systems' slowest recovery plus the work
// recovery time must fit in the maximum tolerable downtime.
import type { Compiled } from "./compile";
import type { ScenarioView } from "./scenario";
import type { ProcessResult } from "./types";

/** `rto[s]`: achievable RTO of each affected system (null when unbounded). */
export function assessProcess(c: Compiled, view: ScenarioView, index: number, rto: Array<number | null>): ProcessResult {
  const p = c.processes[index];
  const affected = p.systems.filter((s) => view.affected[s]);
  let worst: number | null = 0; // 0 when nothing it needs is affected
  for (const s of affected) {
    const r = rto[s];
    worst = r === null || worst === null ? null : Math.max(worst, r);
  }
  if (p.mtd === null) return { id: p.id, rtoMinutes: worst, mtdOk: null, slackMinutes: null };
  if (worst === null) return { id: p.id, rtoMinutes: null, mtdOk: false, slackMinutes: null };
  const slack = p.mtd - worst - p.wrt;
  return { id: p.id, rtoMinutes: worst, mtdOk: worst + p.wrt <= p.mtd, slackMinutes: Math.round(slack * 1000) / 1000 };
}
