/**
 * Why an affected system never becomes ready in a scenario (its achievable RTO is unbounded), from
 * the engine's result and the model it assessed (../shared/recovery-model.md, "Capacity" and
 * "Restore time"). The engine leaves a system unready for one of three causes, checked in this
 * order, the first that holds being the one given:
 * - no surviving copy: it has no surviving path (`rpo.location` is null);
 * - it is listed as unplaced on its recovery host: either that host is lost in the scenario (the
 *   engine gives a lost host no room at all, but the cause to fix is the choice of host, so it is
 *   told apart) or there is no room on it;
 * - it waits for what it depends on: a dependency affected by the scenario that is never ready
 *   itself (never in a `system` scenario, where what a system depends on keeps running).
 * A system that is also unplaced and waiting is given as unplaced: that is the first thing to fix.
 * Pure: the readiness CSV and the scenario timeline share it.
 */
import type { RecoveryModelInput, ScenarioResult } from "@/lib/engine";
import { andList } from "@/lib/count";
import { hostsLostIn } from "@/lib/recovery/lost-hosts";

export type NeverReadyReason =
  | { kind: "no-copy" }
  /** `host` is the recovery host by name (its key when the plan has no name for it). */
  | { kind: "no-room"; host: string; hostKey: string }
  /** The recovery host is one the scenario loses; `host` as for no-room. */
  | { kind: "host-lost"; host: string; hostKey: string }
  /** `systems`: the dependencies that are never ready themselves, by name. */
  | { kind: "waits-for"; systems: string[] };

type Model = Pick<RecoveryModelInput, "systems" | "scenarios" | "hosts">;

/**
 * Per affected system that is never ready in `scenario`, by system id, why. `names.hosts` maps a
 * host's key (its id in the model) to its name, as lib/recovery/model-names.ts reads them.
 */
export function neverReadyReasons({
  model,
  scenario,
  names = {},
}: {
  model: Model;
  scenario: ScenarioResult;
  names?: { hosts?: ReadonlyMap<string, string> };
}): Map<string, NeverReadyReason> {
  const facts = new Map((model.systems ?? []).map((s) => [s.id, s]));
  const sc = (model.scenarios ?? []).find((s) => s.id === scenario.id);
  const alone = sc?.kind === "system";
  const lost = sc ? hostsLostIn(sc, model.hosts ?? []) : new Set<string>();
  const unplacedOn = new Map(scenario.hosts.flatMap((h) => h.unplaced.map((system) => [system, h.id] as const)));
  const rows = new Map(scenario.systems.map((s) => [s.id, s]));
  const never = (id: string) => {
    const row = rows.get(id);
    return row !== undefined && row.affected && row.rto.ready === null;
  };
  const nameOf = (id: string) => facts.get(id)?.name ?? id;

  const reasons = new Map<string, NeverReadyReason>();
  for (const s of scenario.systems) {
    if (!never(s.id)) continue;
    if (s.rpo.location === null) {
      reasons.set(s.id, { kind: "no-copy" });
      continue;
    }
    const host = unplacedOn.get(s.id);
    if (host !== undefined) {
      reasons.set(s.id, { kind: lost.has(host) ? "host-lost" : "no-room", host: names.hosts?.get(host) ?? host, hostKey: host });
      continue;
    }
    const blocking = alone ? [] : [...new Set(facts.get(s.id)?.dependsOn ?? [])].filter(never);
    if (blocking.length) reasons.set(s.id, { kind: "waits-for", systems: blocking.map(nameOf) });
  }
  return reasons;
}

/**
 * A reason as a sentence fragment: "no surviving copy", "no room on HV1", "its recovery host HV1
 * is lost in this scenario", "waits for SQL" ("waits for DC and SQL").
 */
export function reasonWords(reason: NeverReadyReason): string {
  switch (reason.kind) {
    case "no-copy":
      return "no surviving copy";
    case "no-room":
      return `no room on ${reason.host}`;
    case "host-lost":
      return `its recovery host ${reason.host} is lost in this scenario`;
    case "waits-for":
      return `waits for ${andList(reason.systems)}`;
  }
}

/**
 * The recovery host an export names for an affected system: none when no copy survives (the
 * engine still gives the host it would have used, but nothing reaches it, so naming it reads as
 * a plan), and a host the scenario loses marked as lost, so a row never offers a destroyed host as
 * where the system comes back. `host` is the host's name (its key without one).
 */
export function recoveryHostShown(host: string | null, reason: NeverReadyReason | undefined): string {
  if (host === null || reason?.kind === "no-copy") return "";
  return reason?.kind === "host-lost" ? `${host} (lost in this scenario)` : host;
}
