import { formatDuration } from "@/lib/durations";
import { gridCells, IMPACT_RATINGS, RATING_LABELS, type ImpactCategory, type ImpactGrid, type ImpactRating } from "@/lib/bia/impact";

/**
 * Where a function's impact grid rates an outage lower than a shorter one
 * ("Customer: Severe at 4 h falls to Minor at 1 week."), one sentence per category: a longer
 * outage's impact includes the shorter one's, so such a row is most likely a slip. A warning only,
 * never a refusal: imported and older grids keep saving as they are. The first fall below the
 * worst rating before it is named; unrated lengths are skipped, and only the organisation's
 * current categories and lengths are read, as the grid shows them (pure, safe on the client).
 */
export function fallingImpacts({ grid, categories, horizons }: { grid: ImpactGrid; categories: readonly ImpactCategory[]; horizons: readonly number[] }): string[] {
  const lengths = [...horizons].sort((a, b) => a - b);
  const rank = (rating: ImpactRating) => IMPACT_RATINGS.indexOf(rating);
  return gridCells(grid, categories, lengths).flatMap(({ label, ratings }) => {
    let worst: { rating: ImpactRating; minutes: number } | null = null;
    for (const [i, rating] of ratings.entries()) {
      if (rating === null) continue;
      if (worst && rank(rating) < rank(worst.rating)) {
        return [`${label}: ${RATING_LABELS[worst.rating]} at ${formatDuration(worst.minutes)} falls to ${RATING_LABELS[rating]} at ${formatDuration(lengths[i])}.`];
      }
      if (!worst || rank(rating) > rank(worst.rating)) worst = { rating, minutes: lengths[i] };
    }
    return [];
  });
}
