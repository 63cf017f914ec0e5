// Turns a validated model into indexed, numeric form: every list sorted by id
// (so no result can depend on the order of the input lists), references
// replaced by indices, instants by epoch minutes, schedules parsed once.
import { parseInstant } from "./instant";
import { compileSchedule, type CompiledSchedule } from "./schedule";
import type { RecoveryModel, ScenarioKind } from "./schema";

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface CLocation {
  id: string;
  name: string; // what findings call it: the id unless the caller names it (AssessOptions)
  site: number;
  online: boolean;
  lockMinutes: number; // immutableDays in minutes
  throughput: number;
  stream: number;
  maxStreams: number;
  retrieval: number;
}

export interface CHost {
  id: string;
  name: string;
  site: number;
  ramMiB: number;
  availableMiB: number; // ramMiB - reservedMiB
  readyAfter: number;
}

export interface CSystem {
  index: number;
  id: string;
  name: string;
  host: number;
  recoveryHosts: Map<string, number>;
  needMiB: number; // RAM plus the per-VM overhead
  ramMiB: number;
  usedGB: number;
  bootVerify: number;
  priority: number;
  deps: number[];
  depth: number;
  rpo: number | null;
  rto: number | null;
  policies: number[];
}

export interface CCopy {
  to: number;
  mode: "immediate" | "scheduled" | "rotation";
  lag: number;
  schedule: CompiledSchedule | null;
}

export interface CPolicy {
  id: string;
  name: string;
  schedule: CompiledSchedule;
  window: number;
  target: number;
  copies: CCopy[];
}

export interface CPoint {
  location: number;
  pit: number;
  usable: number;
}

export interface CTest {
  location: number;
  date: number;
  minutes: number;
  usedGB: number | null;
}

export interface CScenario {
  id: string;
  kind: ScenarioKind;
  lostSites: Set<number>;
  lostHosts: Set<number>;
  at: number | null;
  start: number; // max(declareMinutes, containmentMinutes)
  declare: number;
  containment: number;
  cleanBefore: number | null;
}

export interface Compiled {
  assessedAtText: string;
  assessedAt: number;
  windowEnd: number; // assessedAt + horizon (exclusive)
  testValidity: number;
  sites: string[];
  locations: CLocation[];
  hosts: CHost[];
  systems: CSystem[];
  policies: CPolicy[];
  replicas: Array<Array<{ location: number; lag: number }>>; // by system
  points: CPoint[][]; // observed restore points, by system
  tests: CTest[][]; // by system
  groups: Array<{ id: string; name: string; systems: number[]; maxSkew: number }>;
  processes: Array<{ id: string; systems: number[]; mtd: number | null; wrt: number }>;
  scenarios: CScenario[];
  /** System indices with dependencies before dependents. */
  topo: number[];
}

/** Hyper-V rule of thumb: 32 MiB for the first GiB, 8 MiB per further GiB (part GiB rounded up). */
export function vmNeedMiB(ramMiB: number): number {
  return ramMiB + 32 + 8 * Math.max(0, Math.ceil(ramMiB / 1024) - 1);
}

const instant = (s: string): number => parseInstant(s) as number; // validated by the schema

/**
 * What people call the elements the model knows only by id, for the findings' sentences. Not part
 * of the model (its format is fixed); an app that keeps names beside its ids passes them here.
 */
export interface ModelNames {
  locations?: Record<string, string>;
  hosts?: Record<string, string>;
  backupPolicies?: Record<string, string>;
  consistencyGroups?: Record<string, string>;
}

// Own keys only: an id such as "constructor" must not find Object.prototype's.
const nameIn = (names: Record<string, string> | undefined, id: string): string => (names && Object.hasOwn(names, id) ? names[id] : id);

function indexer<T extends { id: string }>(items: T[]): { sorted: T[]; index: Map<string, number> } {
  const sorted = [...items].sort((a, b) => byText(a.id, b.id));
  return { sorted, index: new Map(sorted.map((x, i) => [x.id, i])) };
}

export function compile(model: RecoveryModel, names: ModelNames = {}): Compiled {
  const sites = indexer(model.sites);
  const locs = indexer(model.locations);
  const hosts = indexer(model.hosts);
  const systems = indexer(model.systems);
  const policies = indexer(model.backupPolicies);
  const scenarios = indexer(model.scenarios);
  const sysIdx = (id: string) => systems.index.get(id) as number;
  const locIdx = (id: string) => locs.index.get(id) as number;
  const hostIdx = (id: string) => hosts.index.get(id) as number;
  const siteIdx = (id: string) => sites.index.get(id) as number;
  const uniqueSystems = (ids: string[]) => [...new Set(ids)].map(sysIdx).sort((a, b) => a - b);
  const perSystem = <T>(): T[][] => systems.sorted.map(() => []);

  const cSystems: CSystem[] = systems.sorted.map((s, index) => ({
    index,
    id: s.id,
    name: s.name ?? s.id,
    host: hostIdx(s.host),
    recoveryHosts: new Map(Object.entries(s.recoveryHosts).map(([sc, h]) => [sc, hostIdx(h)])),
    ramMiB: s.ramMiB ?? 0,
    needMiB: vmNeedMiB(s.ramMiB ?? 0),
    usedGB: s.usedGB,
    bootVerify: s.bootMinutes + s.verifyMinutes,
    priority: s.priority,
    deps: uniqueSystems(s.dependsOn),
    depth: 0,
    rpo: s.rpoMinutes ?? null,
    rto: s.rtoMinutes ?? null,
    policies: [],
  }));

  const cPolicies: CPolicy[] = policies.sorted.map((p, i) => {
    for (const s of uniqueSystems(p.systems)) cSystems[s].policies.push(i);
    return {
      id: p.id,
      name: nameIn(names.backupPolicies, p.id),
      schedule: compileSchedule(p.schedule),
      window: p.windowMinutes,
      target: locIdx(p.target),
      // Canonical order, so that nothing downstream depends on how they were listed.
      copies: [...p.copies]
        .sort((a, b) => byText(JSON.stringify([a.to, a.mode, a.lagMinutes, a.schedule ?? null]), JSON.stringify([b.to, b.mode, b.lagMinutes, b.schedule ?? null])))
        .map((c) => ({
          to: locIdx(c.to),
          mode: c.mode,
          lag: c.lagMinutes,
          schedule: c.schedule ? compileSchedule(c.schedule) : null,
        })),
    };
  });

  const replicas = perSystem<{ location: number; lag: number }>();
  for (const r of model.replicas) replicas[sysIdx(r.system)].push({ location: locIdx(r.location), lag: r.lagMinutes });
  const points = perSystem<CPoint>();
  for (const p of model.restorePoints)
    points[sysIdx(p.system)].push({ location: locIdx(p.location), pit: instant(p.pointInTime), usable: instant(p.usableAt) });
  const tests = perSystem<CTest>();
  for (const t of model.tests)
    tests[sysIdx(t.system)].push({ location: locIdx(t.location), date: instant(t.date), minutes: t.restoreMinutes, usedGB: t.usedGB ?? null });
  for (const list of replicas) list.sort((a, b) => a.location - b.location || a.lag - b.lag);
  for (const list of points) list.sort((a, b) => a.usable - b.usable || a.pit - b.pit || a.location - b.location);
  for (const list of tests) list.sort((a, b) => a.location - b.location || a.date - b.date || a.minutes - b.minutes);

  const topo = topologicalOrder(cSystems);
  if (topo.length < cSystems.length) throw new Error("dependency cycle among systems: validate the model with parseModel first");
  for (const s of topo) {
    const sys = cSystems[s];
    sys.depth = sys.deps.length === 0 ? 0 : 1 + Math.max(...sys.deps.map((d) => cSystems[d].depth));
  }

  const assessedAt = instant(model.assessedAt);
  return {
    assessedAtText: model.assessedAt,
    assessedAt,
    windowEnd: assessedAt + model.horizonDays * 1440,
    testValidity: model.testValidityDays * 1440,
    sites: sites.sorted.map((s) => s.id),
    locations: locs.sorted.map((l) => ({
      id: l.id,
      name: nameIn(names.locations, l.id),
      site: siteIdx(l.site),
      online: l.online,
      lockMinutes: l.immutableDays * 1440,
      throughput: l.throughputMBps,
      stream: l.streamMBps,
      maxStreams: l.maxStreams,
      retrieval: l.retrievalMinutes,
    })),
    hosts: hosts.sorted.map((h) => ({
      id: h.id,
      name: nameIn(names.hosts, h.id),
      site: siteIdx(h.site),
      ramMiB: h.ramMiB,
      availableMiB: h.ramMiB - h.reservedMiB,
      readyAfter: h.readyAfterMinutes,
    })),
    systems: cSystems,
    policies: cPolicies,
    replicas,
    points,
    tests,
    groups: indexer(model.consistencyGroups).sorted.map((g) => ({ id: g.id, name: nameIn(names.consistencyGroups, g.id), systems: uniqueSystems(g.systems), maxSkew: g.maxSkewMinutes })),
    processes: indexer(model.processes).sorted.map((p) => ({
      id: p.id,
      systems: uniqueSystems(p.systems),
      mtd: p.mtdMinutes ?? null,
      wrt: p.wrtMinutes,
    })),
    scenarios: scenarios.sorted.map((s) => ({
      id: s.id,
      kind: s.kind,
      lostSites: new Set(s.lostSites.map(siteIdx)),
      lostHosts: new Set(s.lostHosts.map(hostIdx)),
      at: s.at === undefined ? null : instant(s.at),
      start: Math.max(s.declareMinutes, s.containmentMinutes),
      declare: s.declareMinutes,
      containment: s.containmentMinutes,
      cleanBefore: s.cleanBefore === undefined ? null : instant(s.cleanBefore),
    })),
    topo,
  };
}

/** Kahn's algorithm (the schema has already rejected cycles). */
function topologicalOrder(systems: CSystem[]): number[] {
  const waiting = systems.map((s) => s.deps.length);
  const dependents: number[][] = systems.map(() => []);
  for (const s of systems) for (const d of s.deps) dependents[d].push(s.index);
  const order = systems.filter((s) => s.deps.length === 0).map((s) => s.index);
  for (let i = 0; i < order.length; i++) {
    for (const next of dependents[order[i]]) if (--waiting[next] === 0) order.push(next);
  }
  return order;
}
