/**
 * Maps a plan's recovery rows to the engine's recovery model (../shared/recovery-model.md).
 * Pure: the rows come in, the model goes out. Ids in the model: systems and sites by name (their
 * names are unique and read well in the CLI's tables), everything else by its `key`.
 * Systems without a host (a SaaS service, say) are not restorable VMs: they are left out of the
 * model and returned as `unmodelled`, and as `hostless` with the business functions that need them
 * (a SaaS service is its provider's to restore; anything else is simply not assessed), so that no
 * function is shown recovered in time on the strength of systems nobody has assessed. A VM with a host but no memory or no used size is left out
 * too, as `incomplete`: the engine would take the missing facts as 0 (nothing to restore, no
 * memory needed) and call its RTO met, which nobody has shown. What depended on a left-out system
 * is returned as `cutDependencies`, so the pages can say the dependency was not waited for.
 * A consistency group needs two systems to mean anything (the engine would find one alone always
 * consistent with itself, and none vacuously so): a group that keeps fewer than two once left-out
 * systems are taken away (or that has fewer in the register) is left out of the model too and
 * returned as `leftOutGroups`, with which of its systems are left out and why.
 * Everything else is passed through as recorded, so that a dangling reference or a missing field
 * surfaces as the engine's validation message, with its path, instead of being silently dropped.
 * Targets: a system's RPO is the tightest of the functions that use it, its RTO the tightest of
 * those and of the RTO of every system that depends on it (lib/priorities/effective-targets.ts,
 * docs/decisions/0016); the RTOs that come down a dependency are returned as `inheritedRto`, so
 * the pages can say where they come from (the model has no field for it), and the functions that
 * set the others as `targetFunctions`.
 */
import type { ModelNames, RecoveryModelInput } from "@/lib/engine";
import { tightestFunctions, type DependentFunction } from "@/lib/priorities/inherit-targets";
import { effectiveTargets } from "@/lib/priorities/effective-targets";
import { MIN_GROUP_SYSTEMS } from "@/lib/priorities/group-size";

type Named = { name: string };
type Keyed = { key: string };
type Schedule = { cron: string | null; timezone: string; everyMinutes: number | null; anchor: Date | null };

export type RecoveryRows = {
  sites: Named[];
  // `name`: what people call it, for the pages that offer these rows (the model uses the key).
  locations: (Keyed & { name?: string; site: Named | null; online: boolean; immutableDays: number; throughputMBps: number; streamMBps: number | null; maxStreams: number; retrievalMinutes: number })[];
  hosts: (Keyed & { name?: string; site: Named | null; ramMiB: number; reservedMiB: number; readyAfterMinutes: number })[];
  systems: (Named & {
    id: string;
    // The register's kind: "saas" is a service its provider restores (rows built without it: none).
    kind?: string;
    host: Keyed | null;
    ramMiB: number | null;
    usedGB: number | null;
    bootMinutes: number;
    verifyMinutes: number;
    priority: number;
    dependsOn: Named[];
    recoveryHosts: { scenario: Keyed; host: Keyed }[];
    functions: DependentFunction[];
  })[];
  policies: (Keyed & Schedule & { name?: string; windowMinutes: number; target: Keyed; systems: Named[]; copies: (Schedule & { to: Keyed; mode: "immediate" | "scheduled" | "rotation"; lagMinutes: number })[] })[];
  replicas: { system: Named; location: Keyed; lagMinutes: number }[];
  restorePoints: { system: Named; location: Keyed; pointInTime: Date; usableAt: Date }[];
  measurements: { system: Named; locationKey: string; restoreMinutes: number; usedGB: number | null; exercise: { conductedOn: Date } }[];
  groups: (Keyed & { name?: string; maxSkewMinutes: number; systems: Named[] })[];
  functions: (Named & { mtdMinutes: number | null; wrtMinutes: number | null; systems: Named[] })[];
  scenarios: (Keyed & {
    kind: "system" | "host" | "site" | "ransomware";
    lostSites: Named[];
    lostHostKeys: string[];
    at: Date | null;
    declareMinutes: number;
    containmentMinutes: number;
    cleanBefore: Date | null;
  })[];
};

/** A fact the engine needs to assess a VM, as the VM facts form names it. */
export type MissingFact = "memory" | "used size";
/** A VM left out for missing facts, with the business functions that need it (their MTD check is incomplete). */
export type IncompleteSystem = { system: string; missing: MissingFact[]; functions: string[] };
/** A system without a host, with the business functions that need it: `saas`, its provider restores it; else nobody has assessed its restore. */
export type HostlessSystem = { system: string; saas: boolean; functions: string[] };
/** A dependency of an assessed system on one left out of the model (it is not waited for). */
export type CutDependency = { system: string; dependsOn: string; reason: string };
/**
 * A system's RTO passed down from a system that depends on it: the function that sets it and the
 * systems it came through, by name, nearest first (the last is the one the function uses).
 */
export type InheritedRto = { system: string; minutes: number; functionName: string; through: string[] };
/**
 * The functions linked to a system that set its RPO and RTO, by name (every one with the tightest
 * value); an RTO passed down a dependency is in `InheritedRto` instead, and its `rto` is empty.
 */
export type TargetFunctions = { system: string; rpo: string[]; rto: string[] };

/**
 * A consistency group left out of the model: `modelled` are its systems in the model (fewer than
 * two), `leftOut` the others, each with what it lacks (`missing` as in leftOutReason: null for no host).
 */
export type LeftOutGroup = { group: string; key: string; modelled: string[]; leftOut: { system: string; missing: MissingFact[] | null }[] };

/** Why a system is left out, in words: "no host", "memory not set", "memory and used size not set". */
export function leftOutReason(missing: MissingFact[] | null): string {
  return missing === null ? "no host" : `${missing.join(" and ")} not set`;
}

/** "ERP-APP has no host", "SQL02 has no memory or used size set". */
function lacks(system: string, missing: MissingFact[] | null): string {
  return missing === null ? `${system} has no host` : `${system} has no ${missing.join(" or ")} set`;
}

/**
 * Why a consistency group is left out of the model, in a sentence: "Consistency group Finance core
 * is left out: only SQL01 of its systems can be modelled (ERP-APP has no host)."
 */
export function leftOutGroupSentence(g: LeftOutGroup): string {
  const head = `Consistency group ${g.group} is left out`;
  const why = g.leftOut.map((m) => lacks(m.system, m.missing)).join("; ");
  if (g.leftOut.length === 0) {
    return g.modelled.length === 1
      ? `${head}: it has only ${g.modelled[0]}, and a consistency group needs at least two systems.`
      : `${head}: it has no systems, and a consistency group needs at least two.`;
  }
  return g.modelled.length === 1
    ? `${head}: only ${g.modelled[0]} of its systems can be modelled (${why}).`
    : `${head}: none of its systems can be modelled (${why}).`;
}

/** The facts a VM with a host lacks for the model (none: it is modelled). */
export function missingFacts(s: { ramMiB: number | null; usedGB: number | null }): MissingFact[] {
  return [s.ramMiB === null ? ("memory" as const) : null, s.usedGB === null ? ("used size" as const) : null].filter((x) => x !== null);
}

const iso = (d: Date | null) => (d ? d.toISOString() : undefined);
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;

function schedule(row: Schedule) {
  return row.cron ? { cron: row.cron, timezone: row.timezone } : { everyMinutes: row.everyMinutes ?? undefined, anchor: iso(row.anchor) };
}

export type ModelOfRows = {
  model: RecoveryModelInput;
  names: ModelNames;
  unmodelled: string[];
  hostless: HostlessSystem[];
  incomplete: IncompleteSystem[];
  cutDependencies: CutDependency[];
  inheritedRto: InheritedRto[];
  leftOutGroups: LeftOutGroup[];
  targetFunctions: TargetFunctions[];
};

export function toRecoveryModel(rows: RecoveryRows, assessedAt: Date): ModelOfRows {
  const incomplete = rows.systems.filter((s) => s.host && missingFacts(s).length > 0).map((s) => ({ system: s.name, missing: missingFacts(s), functions: s.functions.map((f) => f.name).sort() }));
  const modelled = rows.systems.filter((s) => s.host && missingFacts(s).length === 0);
  const inModel = new Set(modelled.map((s) => s.name));
  const locationKeys = new Set(rows.locations.map((l) => l.key));
  const only = (systems: Named[]) => systems.map((s) => s.name).filter((name) => inModel.has(name));
  const missing = new Map<string, MissingFact[] | null>([
    ...rows.systems.filter((s) => !s.host).map((s) => [s.name, null] as const),
    ...incomplete.map((i) => [i.system, i.missing] as const),
  ]);
  const groups = rows.groups.map((g) => ({ row: g, systems: only(g.systems) }));
  const leftOutGroups: LeftOutGroup[] = groups
    .filter((g) => g.systems.length < MIN_GROUP_SYSTEMS)
    .map(({ row, systems }) => ({
      group: row.name ?? row.key,
      key: row.key,
      modelled: systems,
      leftOut: row.systems.filter((s) => !inModel.has(s.name)).map((s) => ({ system: s.name, missing: missing.get(s.name) ?? null })),
    }));
  // Over every system of the register, in the model or not: a target passes through a SaaS
  // service or a VM left out for missing facts as it does through any other system.
  const targets = effectiveTargets(rows.systems.map((s) => ({ id: s.name, name: s.name, dependsOn: s.dependsOn.map((d) => d.name), functions: s.functions })));
  const model = {
    version: 1,
    assessedAt: assessedAt.toISOString(),
    sites: rows.sites.map((s) => ({ id: s.name })),
    locations: rows.locations.map((l) =>
      defined({
        id: l.key,
        site: l.site?.name,
        online: l.online,
        immutableDays: l.immutableDays,
        throughputMBps: l.throughputMBps,
        streamMBps: l.streamMBps ?? undefined,
        maxStreams: l.maxStreams,
        retrievalMinutes: l.retrievalMinutes,
      }),
    ),
    hosts: rows.hosts.map((h) => defined({ id: h.key, site: h.site?.name, ramMiB: h.ramMiB, reservedMiB: h.reservedMiB, readyAfterMinutes: h.readyAfterMinutes })),
    systems: modelled.map((s) => {
      const { rpo, rto } = targets.get(s.name)!;
      return defined({
        id: s.name,
        name: s.name,
        host: s.host!.key,
        recoveryHosts: s.recoveryHosts.length ? Object.fromEntries(s.recoveryHosts.map((r) => [r.scenario.key, r.host.key])) : undefined,
        ramMiB: s.ramMiB,
        usedGB: s.usedGB,
        bootMinutes: s.bootMinutes,
        verifyMinutes: s.verifyMinutes,
        priority: s.priority,
        dependsOn: only(s.dependsOn),
        rpoMinutes: rpo?.minutes,
        rtoMinutes: rto?.minutes,
      });
    }),
    backupPolicies: rows.policies.map((p) => ({
      id: p.key,
      systems: only(p.systems),
      schedule: defined(schedule(p)),
      windowMinutes: p.windowMinutes,
      target: p.target.key,
      copies: p.copies.map((c) =>
        defined({ to: c.to.key, mode: c.mode, lagMinutes: c.lagMinutes, schedule: c.mode === "immediate" ? undefined : defined(schedule(c)) }),
      ),
    })),
    replicas: rows.replicas.filter((r) => inModel.has(r.system.name)).map((r) => ({ system: r.system.name, location: r.location.key, lagMinutes: r.lagMinutes })),
    restorePoints: rows.restorePoints
      .filter((p) => inModel.has(p.system.name))
      .map((p) => ({ system: p.system.name, location: p.location.key, pointInTime: p.pointInTime.toISOString(), usableAt: p.usableAt.toISOString() })),
    // A measured restore whose location has since been deleted is evidence of nothing the model
    // has; passed on, its key would fail validation and block the whole plan's assessment.
    // A size of 0 (possible before sizes had to be above 0) cannot scale a restore, and the engine
    // refuses it: such a measurement counts as it was taken, unscaled.
    // A test is dated by its day, kept as that day's UTC midnight, and may be today east of UTC
    // (lib/exercises/schemas.ts), a midnight UTC has not reached: the engine ignores a test dated
    // after `assessedAt`, so one held this morning in Sydney would not count for up to 14 hours.
    // It has taken place, so it is dated no later than now.
    tests: rows.measurements
      .filter((m) => inModel.has(m.system.name) && locationKeys.has(m.locationKey))
      .map((m) =>
        defined({
          system: m.system.name,
          location: m.locationKey,
          date: new Date(Math.min(m.exercise.conductedOn.getTime(), assessedAt.getTime())).toISOString(),
          restoreMinutes: m.restoreMinutes,
          usedGB: m.usedGB || undefined,
        }),
      ),
    consistencyGroups: groups.filter((g) => g.systems.length >= MIN_GROUP_SYSTEMS).map(({ row, systems }) => ({ id: row.key, systems, maxSkewMinutes: row.maxSkewMinutes })),
    processes: rows.functions.map((f) => defined({ id: f.name, systems: only(f.systems), mtdMinutes: f.mtdMinutes ?? undefined, wrtMinutes: f.wrtMinutes ?? undefined })),
    scenarios: rows.scenarios.map((s) =>
      defined({
        id: s.key,
        kind: s.kind,
        lostSites: s.lostSites.map((site) => site.name),
        lostHosts: s.lostHostKeys,
        at: iso(s.at),
        declareMinutes: s.declareMinutes,
        containmentMinutes: s.containmentMinutes,
        cleanBefore: iso(s.cleanBefore),
      }),
    ),
  };
  const cutDependencies = modelled.flatMap((s) =>
    s.dependsOn.filter((d) => missing.has(d.name)).map((d) => ({ system: s.name, dependsOn: d.name, reason: leftOutReason(missing.get(d.name)!) })),
  );
  const inheritedRto = rows.systems.flatMap((s) => {
    const rto = targets.get(s.name)!.rto;
    return rto && rto.through.length ? [{ system: s.name, minutes: rto.minutes, functionName: rto.functionName, through: rto.through.map((t) => t.name) }] : [];
  });
  const targetFunctions = rows.systems.flatMap((s) => {
    const rpo = tightestFunctions(s.functions.map((f) => ({ name: f.name, value: f.rpoMinutes }))).from;
    const rto = targets.get(s.name)!.rto?.through.length ? [] : tightestFunctions(s.functions.map((f) => ({ name: f.name, value: f.rtoMinutes }))).from;
    return rpo.length || rto.length ? [{ system: s.name, rpo, rto }] : [];
  });
  return {
    model: model as RecoveryModelInput,
    names: namesOf(rows),
    unmodelled: rows.systems.filter((s) => !s.host).map((s) => s.name),
    hostless: rows.systems.filter((s) => !s.host).map((s) => ({ system: s.name, saas: s.kind === "saas", functions: s.functions.map((f) => f.name).sort() })),
    incomplete,
    cutDependencies,
    inheritedRto,
    targetFunctions,
    leftOutGroups,
  };
}

/** What the findings call the elements the model knows by key: their names, where the rows carry them. */
function namesOf(rows: RecoveryRows): ModelNames {
  const byKey = (list: (Keyed & { name?: string })[]) => Object.fromEntries(list.flatMap((x) => (x.name ? [[x.key, x.name]] : [])));
  return { locations: byKey(rows.locations), hosts: byKey(rows.hosts), backupPolicies: byKey(rows.policies), consistencyGroups: byKey(rows.groups) };
}
