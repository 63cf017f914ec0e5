import { IMPACT_CATEGORIES, ratingAtLeast, type ImpactGrid, type ImpactRating } from "@/lib/bia/impact";

export type TargetSuggestion = { mtdMinutes: number | null; rtoMinutes: number | null };

/**
 * Suggests the MTD and RTO from the impact grid.
 *
 * MTD: the first outage length (shortest first) at which any category is rated at or above the
 * organisation's intolerable rating. Nothing intolerable → no suggestion.
 *
 * RTO: the systems must be back early enough to leave the work recovery time before the MTD, so
 * with a WRT shorter than the MTD the suggestion is MTD − WRT. Without a WRT it is the last
 * outage length before the MTD (the longest outage still rated tolerable), or half the MTD when
 * the very first outage length is already intolerable. A WRT that uses up the whole MTD leaves
 * no sound RTO, so there is no suggestion (and the checks flag the targets).
 */
export function suggestTargets({
  grid,
  horizons,
  intolerable,
  wrtMinutes,
}: {
  grid: ImpactGrid;
  horizons: readonly number[];
  intolerable: ImpactRating;
  wrtMinutes: number | null;
}): TargetSuggestion {
  const sorted = [...horizons].sort((a, b) => a - b);
  const index = sorted.findIndex((minutes) =>
    IMPACT_CATEGORIES.some((category) => {
      const rating = grid[category]?.[String(minutes)];
      return rating !== undefined && ratingAtLeast(rating, intolerable);
    }),
  );
  if (index === -1) return { mtdMinutes: null, rtoMinutes: null };
  const mtd = sorted[index];
  if (wrtMinutes !== null && wrtMinutes > 0) {
    return { mtdMinutes: mtd, rtoMinutes: wrtMinutes < mtd ? mtd - wrtMinutes : null };
  }
  return { mtdMinutes: mtd, rtoMinutes: index > 0 ? sorted[index - 1] : mtd / 2 };
}
