/**
 * Dependency cycles among a plan's systems. The engine refuses a model with one (nothing in it
 * could ever start), so a save that would close one is refused instead. Pure.
 */

/**
 * The cycle through `start` if it depended on `dependsOn` and every other system kept its own
 * dependencies (`edges`: system id → ids it depends on): the ids from `start` round to `start`
 * again, or null when there is none. Depth-first, so the first cycle found is named.
 */
export function cycleThrough(edges: Map<string, readonly string[]>, start: string, dependsOn: readonly string[]): string[] | null {
  const next = (id: string) => (id === start ? dependsOn : (edges.get(id) ?? []));
  const done = new Set<string>();
  const path = [start];
  const walk = (id: string): boolean => {
    for (const dep of next(id)) {
      if (dep === start) {
        path.push(start);
        return true;
      }
      if (done.has(dep)) continue;
      done.add(dep);
      path.push(dep);
      if (walk(dep)) return true;
      path.pop();
    }
    return false;
  };
  return walk(start) ? path : null;
}
