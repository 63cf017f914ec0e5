export type RankInput = {
  id: string;
  name: string;
  mtdMinutes: number | null;
  costPerHour: number | null;
  manualRank: number | null;
};

export type Ranked<T> = T & { rank: number; computedRank: number; overridden: boolean };

/** Shortest MTD first (none last), then the dearest outage per hour (none last), then name. */
export function compareCriticality(a: RankInput, b: RankInput): number {
  const mtd = (a.mtdMinutes ?? Infinity) - (b.mtdMinutes ?? Infinity);
  if (mtd !== 0 && !Number.isNaN(mtd)) return mtd;
  const cost = (b.costPerHour ?? -Infinity) - (a.costPerHour ?? -Infinity);
  if (cost !== 0 && !Number.isNaN(cost)) return cost;
  return a.name.localeCompare(b.name);
}

/**
 * Ranks functions by criticality. A function with a manual rank is taken out of the computed
 * order and put at that position (1-based; past the end means last); several manual ranks are
 * placed in order of their rank, ties by computed order.
 */
export function rankFunctions<T extends RankInput>(functions: readonly T[]): Ranked<T>[] {
  const computed = [...functions].sort(compareCriticality);
  const computedRank = new Map(computed.map((f, i) => [f.id, i + 1]));
  const manual = computed
    .filter((f) => f.manualRank !== null)
    .sort((a, b) => a.manualRank! - b.manualRank! || computedRank.get(a.id)! - computedRank.get(b.id)!);
  const order = computed.filter((f) => f.manualRank === null);
  for (const f of manual) order.splice(Math.min(f.manualRank! - 1, order.length), 0, f);
  return order.map((f, i) => ({ ...f, rank: i + 1, computedRank: computedRank.get(f.id)!, overridden: f.manualRank !== null }));
}

export type TierInput = { id: string; name: string; maxRtoMinutes: number };

/** The first tier (tightest limit first) whose limit the RTO does not exceed; none without an RTO. */
export function tierFor<T extends TierInput>(rtoMinutes: number | null, tiers: readonly T[]): T | null {
  if (rtoMinutes === null) return null;
  return [...tiers].sort((a, b) => a.maxRtoMinutes - b.maxRtoMinutes).find((t) => rtoMinutes <= t.maxRtoMinutes) ?? null;
}
