// Worst-case RPO and RPO at the disaster of one affected system in one
// scenario, from the shared path functions (rpo-shared.ts) plus the system's
// own observed points and replicas.
import { NONE, nextUp } from "./stepfn";
import type { ObservedPoint, PathRef, RpoModel, SurvivalSet } from "./rpo-shared";
import type { ScenarioView } from "./scenario";

export { RpoModel, type PathRef, type SurvivalSet } from "./rpo-shared";

export interface RpoCandidate {
  location: number;
  replica: boolean;
  /** Worst case of this path alone; Infinity when unbounded. */
  worst: number;
  /** Policy paths into the location that survive (they explain the number). */
  paths: PathRef[];
  lag: number;
}

export interface SystemRpo {
  /** Surviving paths: one per location holding points, one per replica. */
  candidates: RpoCandidate[];
  /** Over every surviving path together; Infinity when unbounded or none survives. */
  worst: number;
  /** pointInTime the RPO at the disaster uses; null without `at` or without a point then. */
  atPit: number | null;
}

export function systemRpo(m: RpoModel, set: SurvivalSet, view: ScenarioView, system: number): SystemRpo {
  const c = m.c;
  const { ransomware, shift } = view;
  const at = view.sc.at;
  const shared = set.template(c.systems[system].policies);

  // Observed points: those on one location form a path of their own. In
  // ransomware each is eligible while clean and still locked (or offline).
  const observed = new Map<number, ObservedPoint[]>();
  for (const pt of c.points[system]) {
    if (!view.locationUsable[pt.location]) continue;
    const item = ransomware
      ? { start: Math.max(pt.usable, nextUp(pt.pit + shift)), end: pt.usable + set.lock(pt.location), value: pt.pit }
      : { start: pt.usable, end: Infinity, value: pt.pit };
    const list = observed.get(pt.location);
    if (list) list.push(item);
    else observed.set(pt.location, [item]);
  }
  if (ransomware) for (const [loc, items] of observed) if (!items.some((x) => x.start <= (at as number) && x.end > (at as number))) observed.delete(loc);
  const candidates: RpoCandidate[] = shared.locations.map(({ location, paths, shared: union }) => ({
    location,
    replica: false,
    worst: m.withObserved(union, observed.get(location) ?? []),
    paths,
    lag: 0,
  }));
  for (const [location, items] of observed) {
    if (shared.locations.some((x) => x.location === location)) continue;
    candidates.push({ location, replica: false, worst: m.withObserved(m.union([]), items), paths: [], lag: 0 });
  }
  const replicas = ransomware ? [] : c.replicas[system].filter((r) => view.locationUsable[r.location]);
  for (const r of replicas) candidates.push({ location: r.location, replica: true, worst: r.lag, paths: [], lag: r.lag });

  const allObserved = observed.size === 0 ? [] : [...observed.values()].flat();
  let worst = m.withObserved(shared.all, allObserved);
  // A replica's newest point is always `lag` old: t - max(F(t), t - lag) = min(t - F(t), lag).
  for (const r of replicas) worst = Math.min(worst, r.lag);

  let atPit: number | null = null;
  if (at !== null) {
    let best = set.bestAt(shared, at);
    for (const x of allObserved) if (x.start <= at && x.end > at) best = Math.max(best, x.value);
    for (const r of replicas) best = Math.max(best, at - r.lag);
    atPit = best === NONE ? null : best;
  }
  return { candidates, worst: candidates.length === 0 ? Infinity : worst, atPit };
}
