type Site = { id: string; name: string } | null;
type Placed = { name: string; site: Site };

/**
 * A warning for a replica kept on the site of its system's host: a site loss takes both, so it
 * only looks like protection there (the assessment says so only afterwards). Not a refusal: it
 * still covers losing the host or the VM alone. Null when the sites differ or either is not
 * recorded (nothing to tell). Pure: the replica form warns with it as a location is chosen, the
 * use case when it is saved, and the replica list beside each one.
 */
export function sameSiteReplicaWarning({ location, host }: { location: Placed; host: Placed | null }): string | null {
  const site = location.site;
  if (!site || !host?.site || host.site.id !== site.id) return null;
  return `${location.name} is at ${site.name}, the same site as ${host.name}: this replica does not survive losing ${site.name} (it still covers losing ${host.name} alone).`;
}
