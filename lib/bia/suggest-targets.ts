import { ratingAtLeast, type ImpactCategory, type ImpactGrid, type ImpactRating } from "@/lib/bia/impact";

export type TargetSuggestion = { mtdMinutes: number | null; rtoMinutes: number | null };

/**
 * Suggests the MTD and RTO from the impact grid.
 *
 * MTD: the first outage length (shortest first) at which any of the organisation's categories is
 * rated at or above its intolerable rating. Nothing intolerable → no suggestion. Ratings of a
 * removed category are kept in the grid but, like removed outage lengths, no longer count.
 *
 * RTO: the systems must be back while the outage is still tolerable, so without a WRT it is the
 * last outage length before the MTD (the longest outage still rated tolerable), or half the MTD
 * when the very first outage length is already intolerable. A WRT only ever tightens that: the
 * systems must also be back early enough to leave the work recovery time before the MTD, so the
 * suggestion is the shorter of the two. A WRT that uses up the whole MTD leaves no sound RTO, so
 * there is no suggestion (and the checks flag the targets).
 */
export function suggestTargets({
  grid,
  categories,
  horizons,
  intolerable,
  wrtMinutes,
}: {
  grid: ImpactGrid;
  categories: readonly ImpactCategory[];
  horizons: readonly number[];
  intolerable: ImpactRating;
  wrtMinutes: number | null;
}): TargetSuggestion {
  const sorted = [...horizons].sort((a, b) => a - b);
  const index = sorted.findIndex((minutes) =>
    categories.some(({ key }) => {
      const rating = grid[key]?.[String(minutes)];
      return rating !== undefined && ratingAtLeast(rating, intolerable);
    }),
  );
  if (index === -1) return { mtdMinutes: null, rtoMinutes: null };
  const mtd = sorted[index];
  const lastTolerable = index > 0 ? sorted[index - 1] : mtd / 2;
  const wrt = wrtMinutes ?? 0;
  if (wrt >= mtd) return { mtdMinutes: mtd, rtoMinutes: null };
  return { mtdMinutes: mtd, rtoMinutes: Math.min(lastTolerable, mtd - wrt) };
}

/** The MTD needs a reason whenever it is set to something other than the suggestion. */
export function mtdNeedsReason(chosen: number | null, suggestion: TargetSuggestion): boolean {
  return chosen !== null && suggestion.mtdMinutes !== null && chosen !== suggestion.mtdMinutes;
}

/**
 * The RTO needs a reason only when it is looser (longer) than the suggestion: a tighter RTO is
 * always at least as safe, so there is nothing to justify.
 */
export function rtoNeedsReason(chosen: number | null, suggestion: TargetSuggestion): boolean {
  return chosen !== null && suggestion.rtoMinutes !== null && chosen > suggestion.rtoMinutes;
}
