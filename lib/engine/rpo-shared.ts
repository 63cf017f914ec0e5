// Shared RPO machinery. Streams are built once per policy for the whole
// assessment; path functions once per scenario "survival set" (scenarios that
// lose the same locations share them); unions of paths once per distinct set
// of parts, whichever scenario or system asks. A system then only adds its own
// observed points, usually in O(log n).
import type { Compiled } from "./compile";
import { buildPolicyStreams, type PathStream } from "./paths";
import { eligibleAt, eligibleFn } from "./ransomware";
import type { ScenarioView } from "./scenario";
import { EMPTY_FN, fromIntervals, lastAtOrBefore, NONE, StepIndex, unionFns, valueAt, worstOfMax, worstOver, type StepFn } from "./stepfn";

/** An observed restore point as seen in a scenario: usable (or eligible) on [start, end). */
export interface ObservedPoint {
  start: number;
  end: number;
  value: number;
}

export interface PathRef {
  policy: number;
  path: number; // 0 = target, 1 + copy index
}

/**
 * A union of paths. Kept as its parts: walking two year-long streams once
 * costs less than building their union.
 */
export interface Shared {
  fns: StepFn[];
  worst: number;
  /** The union built, with range queries over its steps, on first use by a system with points of its own. */
  index: StepIndex | null;
}

/** What every system with the same policies has in common under one survival set. */
export interface Template {
  /** Locations reached by surviving paths, in id order, with those paths and their union. */
  locations: Array<{ location: number; paths: PathRef[]; shared: Shared }>;
  /** All surviving paths together. */
  all: Shared;
  /** Newest point the surviving paths give at an instant (by instant), NONE when none. */
  atBest: Map<number, number>;
}

interface PolicyView {
  fns: StepFn[];
  survives: boolean[];
  worst: Array<number | undefined>;
}

/** Assessment-wide: policy streams over the window, shared by all scenarios. */
export class RpoModel {
  readonly lo: number;
  readonly hi: number;
  private readonly exactFrom: number;
  private readonly main = new Map<number, PathStream[]>();
  private readonly probes = new Map<string, PathStream[]>();
  private readonly sets = new Map<string, SurvivalSet>();
  private readonly unions = new Map<string, Shared>();
  private readonly ids = new WeakMap<StepFn, number>();
  private nextId = 0;

  constructor(readonly c: Compiled) {
    this.lo = c.assessedAt;
    this.hi = c.windowEnd;
    // Ransomware looks back to t - shift for every t of the window.
    const shifts = c.scenarios.filter((s) => s.kind === "ransomware").map((s) => (s.at as number) - (s.cleanBefore as number));
    this.exactFrom = this.lo - Math.max(0, ...shifts);
  }

  streams(policy: number): PathStream[] {
    let s = this.main.get(policy);
    if (!s) this.main.set(policy, (s = buildPolicyStreams(this.c.policies[policy], this.exactFrom, this.hi)));
    return s;
  }

  /** Streams exact at `at` (looking back `shift`): the window's when it covers `at`. */
  streamsAt(policy: number, at: number, shift: number): PathStream[] {
    if (at >= this.lo && at <= this.hi) return this.streams(policy);
    const key = `${policy}@${at}-${shift}`;
    let s = this.probes.get(key);
    if (!s) this.probes.set(key, (s = buildPolicyStreams(this.c.policies[policy], at - shift, at)));
    return s;
  }

  /** Path functions for every scenario whose survival rules decide alike. */
  survivalSet(view: ScenarioView): SurvivalSet {
    const mask = view.locationUsable.map((u) => (u ? "1" : "0")).join("");
    const key = view.ransomware ? `r${view.sc.at}:${view.shift}:${mask}` : `n${mask}`;
    let set = this.sets.get(key);
    if (!set) this.sets.set(key, (set = new SurvivalSet(this, view)));
    return set;
  }

  private id(fn: StepFn): number {
    let id = this.ids.get(fn);
    if (id === undefined) this.ids.set(fn, (id = this.nextId++));
    return id;
  }

  /** The union of the parts and its worst case, cached by the parts themselves. */
  union(parts: StepFn[]): Shared {
    const fns = parts.filter((f) => f.b.length > 0);
    const key = fns.map((f) => this.id(f)).sort((a, b) => a - b).join(",");
    let u = this.unions.get(key);
    if (!u) {
      u = { fns, worst: fns.length === 0 ? Infinity : worstOfMax(fns, this.lo, this.hi), index: null };
      this.unions.set(key, u);
    }
    return u;
  }

  /**
   * Worst case of a shared union plus a system's own observed points, each
   * usable (eligible, in ransomware) from `start` until `end`: range queries on
   * the union's index, so a system costs O(log n) however many points the
   * schedules make.
   */
  withObserved(base: Shared, points: readonly ObservedPoint[]): number {
    const { lo, hi } = this;
    // The usual case: observed points are history, usable all through the window
    // (or not at all), so together they add one constant point c, which matters
    // only until the shared paths catch up with it.
    let c = NONE;
    let constant = true;
    for (const p of points) {
      if (p.end <= lo || p.start >= hi) continue;
      if (p.start > lo || p.end < hi) constant = false;
      else if (p.value > c) c = p.value;
    }
    if (constant && (c === NONE || base.fns.some((f) => f.monotone && valueAt(f, lo) >= c))) return base.worst; // never below c again
    base.index ??= new StepIndex(base.fns.length === 1 ? base.fns[0] : unionFns(base.fns), hi);
    if (constant) return base.index.worstWith(lo, hi, c);
    // Points usable from or until an instant inside the window cut it into
    // stretches, over each of which the newest of them is one constant (or none).
    const extra = fromIntervals(points);
    let i = lastAtOrBefore(extra.b, lo);
    let from = lo;
    let newest = i < 0 ? NONE : extra.v[i];
    let worst = -Infinity;
    for (i++; i < extra.b.length && extra.b[i] < hi; i++) {
      worst = Math.max(worst, base.index.worstWith(from, extra.b[i], newest));
      from = extra.b[i];
      newest = extra.v[i];
    }
    return Math.max(worst, base.index.worstWith(from, hi, newest));
  }
}

/** Path functions and survival of every policy path under one scenario's rules. */
export class SurvivalSet {
  private readonly views = new Map<number, PolicyView>();
  private readonly merged = new Map<string, StepFn>();
  private readonly templates = new Map<string, Template>();

  constructor(
    private readonly m: RpoModel,
    private readonly view: ScenarioView,
  ) {}

  lock(location: number): number {
    const l = this.m.c.locations[location];
    return l.online ? l.lockMinutes : Infinity;
  }

  policy(p: number): PolicyView {
    let v = this.views.get(p);
    if (v) return v;
    const { view } = this;
    const at = view.sc.at as number;
    const streams = this.m.streams(p);
    const fns = streams.map((path) => {
      if (!view.locationUsable[path.location]) return EMPTY_FN;
      return view.ransomware ? eligibleFn(path, view.shift, this.lock(path.location)) : path.steps;
    });
    // In ransomware a path survives only if it holds an eligible point at the attack.
    const survives = streams.map(
      (path, j) =>
        view.locationUsable[path.location] &&
        (!view.ransomware || eligibleAt(this.m.streamsAt(p, at, view.shift)[j], at, view.shift, this.lock(path.location)) !== NONE),
    );
    v = { fns, survives, worst: [] };
    this.views.set(p, v);
    return v;
  }

  pathWorst(ref: PathRef): number {
    const v = this.policy(ref.policy);
    return (v.worst[ref.path] ??= worstOver(v.fns[ref.path], this.m.lo, this.m.hi));
  }

  /**
   * The policy's surviving paths (all, or those into `location`) merged into
   * one function, built once and shared by all the policy's systems. Outside
   * ransomware a surviving target stands for its copies: they only carry its
   * points, later.
   */
  policyFn(p: number, location = -1): StepFn {
    const key = `${p}:${location}`;
    let fn = this.merged.get(key);
    if (fn) return fn;
    const v = this.policy(p);
    const streams = this.m.streams(p);
    let picked = v.fns.filter((_, j) => v.survives[j] && (location < 0 || streams[j].location === location));
    if (!this.view.ransomware && v.survives[0] && (location < 0 || streams[0].location === location)) picked = [v.fns[0]];
    fn = unionFns(picked);
    this.merged.set(key, fn);
    return fn;
  }

  /** The shared part of every system in exactly these policies (sorted indices). */
  template(policies: number[]): Template {
    const key = policies.length === 1 ? String(policies[0]) : policies.join(",");
    let t = this.templates.get(key);
    if (t) return t;
    const byLocation = new Map<number, PathRef[]>();
    for (const p of policies) {
      const v = this.policy(p);
      const streams = this.m.streams(p);
      v.survives.forEach((ok, j) => {
        if (!ok) return;
        const loc = streams[j].location;
        if (!byLocation.has(loc)) byLocation.set(loc, []);
        byLocation.get(loc)!.push({ policy: p, path: j });
      });
    }
    const locations = [...byLocation.keys()]
      .sort((a, b) => a - b)
      .map((location) => {
        const paths = byLocation.get(location)!;
        const parts = [...new Set(paths.map((r) => r.policy))].map((p) => this.policyFn(p, location));
        return { location, paths, shared: this.m.union(parts) };
      });
    t = { locations, all: this.m.union(policies.map((p) => this.policyFn(p))), atBest: new Map() };
    this.templates.set(key, t);
    return t;
  }

  /** Newest point the template's surviving paths give at `at` (eligible, in ransomware). */
  bestAt(t: Template, at: number): number {
    let best = t.atBest.get(at);
    if (best !== undefined) return best;
    best = NONE;
    const { shift, ransomware } = this.view;
    for (const { paths } of t.locations) {
      for (const r of paths) {
        const path = this.m.streamsAt(r.policy, at, shift)[r.path];
        best = Math.max(best, ransomware ? eligibleAt(path, at, shift, this.lock(path.location)) : valueAt(path.steps, at));
      }
    }
    t.atBest.set(at, best);
    return best;
  }
}
