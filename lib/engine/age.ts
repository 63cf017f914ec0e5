// Current restore-point age (no scenario): how old the newest observed point
// usable now is, banded against the RPO target.
import type { Compiled } from "./compile";
import type { AgeStatus, SystemAge } from "./types";

export function ageStatus(minutes: number | null, target: number | null): AgeStatus {
  if (minutes === null) return "no-evidence";
  if (target === null) return "no-target";
  // Compared by multiplication so a target of 0 needs no division.
  if (minutes <= target) return "compliant";
  if (minutes <= 2 * target) return "exceeded";
  if (minutes <= 4 * target) return "severe";
  return "critical";
}

/** Newest observed pointInTime of each system usable at assessedAt, or null. */
export function newestObserved(c: Compiled): Array<number | null> {
  return c.points.map((points) => {
    let best: number | null = null;
    for (const p of points) if (p.usable <= c.assessedAt && (best === null || p.pit > best)) best = p.pit;
    return best;
  });
}

export function currentAges(c: Compiled, round: (x: number) => number): SystemAge[] {
  const newest = newestObserved(c);
  return c.systems.map((s, i) => {
    const pit = newest[i];
    const minutes = pit === null ? null : round(c.assessedAt - pit);
    return { id: s.id, currentAge: { minutes, status: ageStatus(minutes, s.rpo) } };
  });
}
