/**
 * Every path of one system and its worst-case RPO. The engine reports only the path a system
 * restores from (`rpo.location`), so this builds a small variant model: the system alone, every
 * location on a site of its own, and one `site` scenario per location that loses every other
 * location (and the system's host). The engine's worst case in scenario "path:<location>" is
 * then the worst case of that path alone, computed by the same code as everything else. Pure.
 */
import type { RecoveryModelInput } from "@/lib/engine";

const ORIGIN = "__origin";
const RECOVERY = "__recovery";
const siteOf = (location: string) => `__site:${location}`;
export const pathScenario = (location: string) => `path:${location}`;

/** The locations a system's points reach: policy targets and copies, and replicas. */
export function systemLocations(model: RecoveryModelInput, system: string): string[] {
  const found = new Set<string>();
  for (const p of model.backupPolicies ?? []) {
    if (!p.systems.includes(system)) continue;
    found.add(p.target);
    for (const c of p.copies ?? []) found.add(c.to);
  }
  for (const r of model.replicas ?? []) if (r.system === system) found.add(r.location);
  for (const p of model.restorePoints ?? []) if (p.system === system) found.add(p.location);
  return [...found].sort();
}

export function pathVariantModel(model: RecoveryModelInput, system: string): RecoveryModelInput {
  const facts = (model.systems ?? []).find((s) => s.id === system);
  const locations = systemLocations(model, system);
  const wanted = new Set(locations);
  const big = 1 << 30;
  return {
    version: 1,
    assessedAt: model.assessedAt,
    horizonDays: model.horizonDays,
    sites: [{ id: ORIGIN }, { id: RECOVERY }, ...locations.map((l) => ({ id: siteOf(l) }))],
    locations: (model.locations ?? []).filter((l) => wanted.has(l.id)).map((l) => ({ ...l, site: siteOf(l.id) })),
    hosts: [
      { id: ORIGIN, site: ORIGIN, ramMiB: big },
      { id: RECOVERY, site: RECOVERY, ramMiB: big },
    ],
    systems: [
      {
        id: system,
        name: facts?.name ?? system,
        host: ORIGIN,
        recoveryHosts: Object.fromEntries(locations.map((l) => [pathScenario(l), RECOVERY])),
        ramMiB: facts?.ramMiB,
        usedGB: facts?.usedGB,
        rpoMinutes: facts?.rpoMinutes,
      },
    ],
    backupPolicies: (model.backupPolicies ?? []).filter((p) => p.systems.includes(system)).map((p) => ({ ...p, systems: [system] })),
    replicas: (model.replicas ?? []).filter((r) => r.system === system),
    restorePoints: (model.restorePoints ?? []).filter((p) => p.system === system),
    scenarios: locations.map((l) => ({
      id: pathScenario(l),
      kind: "site" as const,
      lostSites: [ORIGIN, ...locations.filter((other) => other !== l).map(siteOf)],
    })),
  } as RecoveryModelInput;
}
