/**
 * What-if drafts: a policy's schedule, window or a copy added to it, a location's throughput,
 * streams or retrieval time, a host's memory or readiness, a system's recovery host in a scenario
 * or a replica of it, changed on the plan's rows before they become the model, so the engine
 * shows the effect before anyone saves the change. Pure: nothing is written.
 */
import { leftOutReason, missingFacts, type RecoveryRows } from "@/lib/recovery/to-model";
import { copyPathProblem } from "@/lib/recovery/setup/copy-path";
import { hostsLostIn } from "@/lib/recovery/lost-hosts";
import { REPLICA_REFUSALS } from "@/lib/recovery/setup/schemas";

/**
 * A copy added to a policy: as soon as each backup lands (immediate), or every N minutes
 * (scheduled, from the engine's default anchor, 1970-01-01 UTC, so divisors of a day fall on the
 * hour); either lands `lagMinutes` later.
 */
export type CopyDraft = { to: string; lagMinutes: number } & ({ mode: "immediate" } | { mode: "scheduled"; everyMinutes: number });

export type PolicyDraft = {
  key: string;
  /** Exactly one of cron or everyMinutes replaces the schedule; neither keeps it. */
  cron?: string;
  timezone?: string;
  everyMinutes?: number;
  windowMinutes?: number;
  /** Copies added after the policy's own. */
  addCopies?: CopyDraft[];
};

/** `streamMBps` null: no per-stream limit (the throughput); undefined keeps the saved one. */
export type LocationDraft = { key: string; throughputMBps?: number; streamMBps?: number | null; maxStreams?: number; retrievalMinutes?: number };

export type HostDraft = { key: string; ramMiB?: number; reservedMiB?: number; readyAfterMinutes?: number };

/**
 * Where a system (by name, as the model knows it) is restored in a scenario, as the VM facts page's
 * "Recovery host per scenario" sets it: a host's key, or null for its own host.
 */
export type RecoveryHostDraft = { system: string; scenario: string; host: string | null };

/** A replica added to a system, as Setup → Replicas adds one. */
export type ReplicaDraft = { system: string; location: string; lagMinutes: number };

export type WhatIfDraft = { policies?: PolicyDraft[]; locations?: LocationDraft[]; hosts?: HostDraft[]; recoveryHosts?: RecoveryHostDraft[]; replicas?: ReplicaDraft[] };

type PolicyRow = RecoveryRows["policies"][number];

function copyRow(c: CopyDraft): PolicyRow["copies"][number] {
  return { to: { key: c.to }, mode: c.mode, lagMinutes: c.lagMinutes, cron: null, timezone: "UTC", everyMinutes: c.mode === "scheduled" ? c.everyMinutes : null, anchor: null };
}

export function applyWhatIf(rows: RecoveryRows, draft: WhatIfDraft): RecoveryRows {
  const policies = new Map((draft.policies ?? []).map((p) => [p.key, p]));
  const locations = new Map((draft.locations ?? []).map((l) => [l.key, l]));
  const hosts = new Map((draft.hosts ?? []).map((h) => [h.key, h]));
  const recoveryHosts = draft.recoveryHosts ?? [];
  return {
    ...rows,
    systems: rows.systems.map((s) => {
      const drafted = recoveryHosts.filter((r) => r.system === s.name);
      if (!drafted.length) return s;
      const kept = s.recoveryHosts.filter((r) => !drafted.some((d) => d.scenario === r.scenario.key));
      const chosen = drafted.flatMap((d) => (d.host === null ? [] : [{ scenario: { key: d.scenario }, host: { key: d.host } }]));
      return { ...s, recoveryHosts: [...kept, ...chosen] };
    }),
    replicas: [...rows.replicas, ...(draft.replicas ?? []).map((r) => ({ system: { name: r.system }, location: { key: r.location }, lagMinutes: r.lagMinutes }))],
    policies: rows.policies.map((p) => {
      const d = policies.get(p.key);
      if (!d) return p;
      const schedule =
        d.cron !== undefined
          ? { cron: d.cron, timezone: d.timezone ?? p.timezone, everyMinutes: null, anchor: null }
          : d.everyMinutes !== undefined
            ? { cron: null, everyMinutes: d.everyMinutes, anchor: p.cron === null ? p.anchor : null }
            : {};
      return { ...p, ...schedule, windowMinutes: d.windowMinutes ?? p.windowMinutes, copies: [...p.copies, ...(d.addCopies ?? []).map(copyRow)] };
    }),
    locations: rows.locations.map((l) => {
      const d = locations.get(l.key);
      if (!d) return l;
      return {
        ...l,
        throughputMBps: d.throughputMBps ?? l.throughputMBps,
        streamMBps: d.streamMBps === undefined ? l.streamMBps : d.streamMBps,
        maxStreams: d.maxStreams ?? l.maxStreams,
        retrievalMinutes: d.retrievalMinutes ?? l.retrievalMinutes,
      };
    }),
    hosts: rows.hosts.map((h) => {
      const d = hosts.get(h.key);
      if (!d) return h;
      return { ...h, ramMiB: d.ramMiB ?? h.ramMiB, reservedMiB: d.reservedMiB ?? h.reservedMiB, readyAfterMinutes: d.readyAfterMinutes ?? h.readyAfterMinutes };
    }),
  };
}

/**
 * The hosts a scenario loses, by key, by the rule the readiness pages use (lib/recovery/lost-hosts.ts),
 * applied to the rows as loaded: sites by name, hosts by key.
 */
export function lostHostKeysIn(rows: Pick<RecoveryRows, "hosts" | "scenarios">, scenarioKey: string): string[] {
  const sc = rows.scenarios.find((s) => s.key === scenarioKey);
  if (!sc) return [];
  const lost = hostsLostIn(
    { kind: sc.kind, lostHosts: sc.lostHostKeys, lostSites: sc.lostSites.map((site) => site.name) },
    rows.hosts.map((h) => ({ id: h.key, site: h.site?.name ?? null })),
  );
  return rows.hosts.filter((h) => lost.has(h.key)).map((h) => h.key);
}

/**
 * What the draft form offers and names: the plan's policies, locations and hosts, its systems the
 * model assesses (by name, with their hosts and recovery hosts by key), its replicas, and each
 * scenario by name (its key where `scenarioNames` has none) with the hosts it loses.
 */
export function whatIfOptions(rows: RecoveryRows, scenarioNames: ReadonlyMap<string, string> = new Map()) {
  return {
    policies: rows.policies,
    locations: rows.locations,
    hosts: rows.hosts,
    systems: rows.systems
      .filter((s) => s.host && missingFacts(s).length === 0)
      .map((s) => ({ name: s.name, host: s.host!.key, recoveryHosts: s.recoveryHosts.map((r) => ({ scenario: r.scenario.key, host: r.host.key })) })),
    replicas: rows.replicas,
    scenarios: rows.scenarios.map((s) => ({ key: s.key, name: scenarioNames.get(s.key) ?? s.key, lostHosts: lostHostKeysIn(rows, s.key) })),
  };
}

export type WhatIfOptions = ReturnType<typeof whatIfOptions>;

/**
 * What in a draft the saved rows refuse, by the draft form's field: a policy, location, host,
 * system or scenario of another plan (or none), a copy that adds no path (as the copy form refuses
 * it), a per-stream limit above the location's throughput or reserved memory not below the host's
 * memory (as the setup forms refuse them), each with the values the draft leaves in place; a
 * system the model leaves out, and a second replica of a system to one location (as the replica
 * form refuses it).
 */
export function checkWhatIf(rows: RecoveryRows, draft: WhatIfDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const label = (x: { key: string; name?: string }) => x.name ?? x.key;
  for (const d of draft.policies ?? []) {
    const policy = rows.policies.find((p) => p.key === d.key);
    if (!policy) {
      errors.policy = "Choose a policy of this plan.";
      continue;
    }
    const existing = policy.copies.map((c) => ({ ...c, to: c.to.key }));
    for (const c of d.addCopies ?? []) {
      const to = rows.locations.find((l) => l.key === c.to);
      if (!to) {
        errors.copyTo = "Choose a location of this plan.";
        continue;
      }
      const target = rows.locations.find((l) => l.key === policy.target.key);
      const copy = { ...copyRow(c), to: c.to };
      const problem = copyPathProblem(copy, { id: policy.target.key, name: target ? label(target) : policy.target.key }, existing, label(to));
      if (problem) errors.copyTo = `Add a copy to: ${problem.message}.`;
      existing.push(copy);
    }
  }
  for (const d of draft.locations ?? []) {
    const location = rows.locations.find((l) => l.key === d.key);
    if (!location) {
      errors.location = "Choose a location of this plan.";
      continue;
    }
    const throughput = d.throughputMBps ?? location.throughputMBps;
    if (typeof d.streamMBps === "number" && d.streamMBps > throughput) {
      errors.streamMBps = `Per-stream limit (MB/s): cannot exceed the location's throughput (${throughput} MB/s).`;
    }
  }
  for (const d of draft.hosts ?? []) {
    const host = rows.hosts.find((h) => h.key === d.key);
    if (!host) {
      errors.host = "Choose a host of this plan.";
      continue;
    }
    const ram = d.ramMiB ?? host.ramMiB;
    const reserved = d.reservedMiB ?? host.reservedMiB;
    if (reserved < ram) continue;
    if (d.reservedMiB !== undefined) errors.reservedMiB = `Reserved memory (MiB): must be less than the host's memory (${ram} MiB).`;
    else if (d.ramMiB !== undefined) errors.ramMiB = `Memory (MiB): must be more than the host's reserved memory (${reserved} MiB).`;
  }
  for (const d of [...(draft.recoveryHosts ?? []), ...(draft.replicas ?? [])]) {
    const system = rows.systems.find((s) => s.name === d.system);
    if (!system) {
      errors.system = REPLICA_REFUSALS.system;
      continue;
    }
    // A system the model leaves out is not assessed: a draft of how it recovers would show nothing.
    const missing = system.host ? missingFacts(system) : null;
    if (missing === null || missing.length) errors.system = `System: ${system.name} is left out of the recovery model (${leftOutReason(missing)}): set its recovery facts first.`;
  }
  for (const d of draft.recoveryHosts ?? []) {
    if (!rows.scenarios.some((s) => s.key === d.scenario)) errors.scenario = "Scenario: choose one of this plan's scenarios.";
    if (d.host !== null && !rows.hosts.some((h) => h.key === d.host)) errors.recoveryHost = "Recovery host: choose one of this plan's hosts.";
  }
  for (const d of draft.replicas ?? []) {
    if (!rows.locations.some((l) => l.key === d.location)) errors.replicaLocation = REPLICA_REFUSALS.location;
    else if (rows.replicas.some((r) => r.system.name === d.system && r.location.key === d.location)) errors.replicaLocation = REPLICA_REFUSALS.duplicate;
  }
  return errors;
}
