/**
 * The hosts a scenario loses (../shared/recovery-model.md, "Who is affected, and what survives"):
 * in a host scenario its lost hosts; in a site scenario those and every host on a lost site; none
 * in a system or ransomware scenario. Pure, so that the model's keys and the database's ids can
 * both ask: `hosts` name each host by `id` and its site by whatever `lostSites` holds.
 */
export function hostsLostIn(
  scenario: { kind: string; lostHosts?: readonly string[]; lostSites?: readonly string[] },
  hosts: readonly { id: string; site?: string | null }[],
): Set<string> {
  if (scenario.kind !== "host" && scenario.kind !== "site") return new Set();
  const lost = new Set(scenario.lostHosts ?? []);
  const sites = new Set(scenario.kind === "site" ? (scenario.lostSites ?? []) : []);
  for (const h of hosts) if (h.site && sites.has(h.site)) lost.add(h.id);
  return lost;
}

/**
 * The same for a scenario and hosts as the database holds them: the ids of the plan's hosts that
 * the scenario loses (its lost hosts are kept by key, its lost sites by id).
 */
export function lostHostIdsOf(
  scenario: { kind: string; lostHostKeys: readonly string[]; lostSites: readonly { id: string }[] },
  hosts: readonly { id: string; key: string; siteId: string | null }[],
): string[] {
  const lost = hostsLostIn({ kind: scenario.kind, lostHosts: scenario.lostHostKeys, lostSites: scenario.lostSites.map((s) => s.id) }, hosts.map((h) => ({ id: h.key, site: h.siteId })));
  return hosts.filter((h) => lost.has(h.key)).map((h) => h.id);
}
