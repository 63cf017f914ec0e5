/** What a what-if draft changes: per scenario and system, the RPO and RTO before and after. Pure. */
import type { Assessment, TargetStatus } from "@/lib/engine";

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
