/**
 * Whether two audit snapshots of a record hold the same values, so that a save which changes
 * nothing can write nothing. Compared in the domain's terms rather than as rows: keys in any
 * order, an absent value the same as null, dates by their instant. Lists compare in order: pass a
 * list of ids through `idSet` first, as the forms post them in any order.
 */
export function sameSnapshot(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** A list of ids or keys as the set it stands for: sorted, each once. */
export const idSet = (ids: readonly string[]) => [...new Set(ids)].sort();

function canonical(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === "object") {
    if (typeof (value as { toJSON?: unknown }).toJSON === "function") return (value as { toJSON: () => unknown }).toJSON();
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined && item !== null)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
  }
  return value;
}

/** Whether writing `data` over the stored row would change none of the columns it names. */
export function writesNothing(stored: object, data: object): boolean {
  const current = Object.fromEntries(Object.keys(data).map((key) => [key, (stored as Record<string, unknown>)[key]]));
  return sameSnapshot(current, data);
}
