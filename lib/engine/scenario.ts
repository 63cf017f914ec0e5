// Who is affected by a scenario and what survives it (recovery-model.md,
// "Who is affected, and what survives").
import type { Compiled, CScenario } from "./compile";

export interface ScenarioView {
  sc: CScenario;
  /** Systems assessed one at a time, each as if only its own disk were lost. */
  isolated: boolean;
  ransomware: boolean;
  /** Ransomware: at - cleanBefore, the distance of the clean boundary behind the attack. */
  shift: number;
  affected: boolean[];
  hostLost: boolean[];
  /** The location can hold usable points in this scenario (not lost; in ransomware, offline or immutable). */
  locationUsable: boolean[];
  recoveryHost: number[];
}

export function scenarioView(c: Compiled, sc: CScenario): ScenarioView {
  const { kind } = sc;
  const hostLost = c.hosts.map(
    (h, i) => (kind === "host" && sc.lostHosts.has(i)) || (kind === "site" && (sc.lostSites.has(h.site) || sc.lostHosts.has(i))),
  );
  const affected = c.systems.map((s) => kind === "system" || kind === "ransomware" || hostLost[s.host]);
  const locationUsable = c.locations.map((l) => {
    if (kind === "site") return !sc.lostSites.has(l.site);
    if (kind === "ransomware") return !l.online || l.lockMinutes > 0;
    return true;
  });
  return {
    sc,
    isolated: kind === "system",
    ransomware: kind === "ransomware",
    shift: kind === "ransomware" ? (sc.at as number) - (sc.cleanBefore as number) : 0,
    affected,
    hostLost,
    locationUsable,
    recoveryHost: c.systems.map((s) => s.recoveryHosts.get(sc.id) ?? s.host),
  };
}
