type Host = { id: string; key: string; name: string };

const LOST = " — lost in this scenario";

/**
 * The hosts a system could be restored to in one scenario, with `ownHost` the one it runs on and
 * `lostHosts` those the scenario loses, all named by `by`: a host's id, as the VM facts form saves
 * it, or its key, as the what-if's draft (a link) reads it, which are then the options' values.
 */
type Choices = { ownHost: string | null; lostHosts: readonly string[] } & ({ hosts: readonly Host[]; by?: "id" } | { hosts: readonly Omit<Host, "id">[]; by: "key" });

/**
 * The choices of a system's recovery host in one scenario, as the VM facts form offers them: "Its
 * own host, HV01", naming the host it runs on (after a comma: host names often carry brackets),
 * then every host; each that the scenario loses (a lost host, or one on a lost site) marked "— lost
 * in this scenario", so that nobody picks the very host the scenario takes away. Pure: the form (a
 * client component) and the what-if build their choices with it, so the two read alike (and
 * recoveryHostText below as the page that only shows the choice does).
 */
export function recoveryHostOptions(choices: Choices) {
  const hosts = choices.by === "key" ? choices.hosts.map((h) => ({ ...h, ref: h.key })) : choices.hosts.map((h) => ({ ...h, ref: h.id }));
  const lost = new Set(choices.lostHosts);
  const mark = (label: string, ref: string | undefined) => (ref !== undefined && lost.has(ref) ? `${label}${LOST}` : label);
  const own = hosts.find((h) => h.ref === choices.ownHost);
  return [
    { value: "", label: mark(own ? `Its own host, ${own.name}` : "Its own host (none chosen)", own?.ref) },
    ...hosts.map((h) => ({ value: h.ref, label: mark(`${h.name} (${h.key})`, h.ref) })),
  ];
}

/**
 * A warning for the field when the host the system would be restored to in the scenario (the one
 * chosen, else its own) is lost there; undefined when it survives.
 */
export function lostRecoveryHostWarning({ system, hosts, ownHostId, chosenHostId, lostHostIds }: {
  system: string; hosts: readonly Host[]; ownHostId: string | null; chosenHostId: string; lostHostIds: readonly string[];
}): string | undefined {
  const to = hosts.find((h) => h.id === (chosenHostId || ownHostId));
  if (!to || !lostHostIds.includes(to.id)) return undefined;
  return `${to.name} is lost in this scenario, so ${system} cannot come back there: choose a host that survives it.`;
}

/** The recovery host in words, for a page that only shows it: "HV02", "Its own host, HV01 — lost in this scenario". */
export function recoveryHostText({ hosts, ownHostId, chosenHostId, lostHostIds }: { hosts: readonly Host[]; ownHostId: string | null; chosenHostId: string; lostHostIds: readonly string[] }): string {
  const chosen = hosts.find((h) => h.id === chosenHostId);
  const own = hosts.find((h) => h.id === ownHostId);
  const text = chosen ? chosen.name : own ? `Its own host, ${own.name}` : "Its own host (none chosen)";
  const to = chosen ?? own;
  return to && lostHostIds.includes(to.id) ? `${text}${LOST}` : text;
}
