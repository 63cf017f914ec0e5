/** What a what-if draft changes: per scenario and system, the RPO and RTO before and after. Pure. */
import type { Assessment, TargetStatus } from "@/lib/engine";

export type Change = {
  scenario: string;
  system: string;
  rpo: { before: number | null; after: number | null; statusBefore: TargetStatus; statusAfter: TargetStatus };
  rto: { before: number | null; after: number | null; statusBefore: TargetStatus; statusAfter: TargetStatus };
};

export function compareAssessments(before: Assessment, after: Assessment): Change[] {
  const old = new Map(before.scenarios.flatMap((sc) => sc.systems.map((s) => [`${sc.id}\u0000${s.id}`, s] as const)));
  const changes: Change[] = [];
  for (const sc of after.scenarios) {
    for (const s of sc.systems) {
      const was = old.get(`${sc.id}\u0000${s.id}`);
      if (!was) continue;
      const change: Change = {
        scenario: sc.id,
        system: s.id,
        rpo: { before: was.rpo.worstCaseMinutes, after: s.rpo.worstCaseMinutes, statusBefore: was.rpo.status, statusAfter: s.rpo.status },
        rto: { before: was.rto.achievableMinutes, after: s.rto.achievableMinutes, statusBefore: was.rto.status, statusAfter: s.rto.status },
      };
      if (change.rpo.before !== change.rpo.after || change.rto.before !== change.rto.after || change.rpo.statusBefore !== change.rpo.statusAfter || change.rto.statusBefore !== change.rto.statusAfter) {
        changes.push(change);
      }
    }
  }
  return changes;
}
