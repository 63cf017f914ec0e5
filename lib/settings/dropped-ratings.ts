import { formatDuration } from "@/lib/durations";
import { andList, count } from "@/lib/count";

/** How many impact ratings sit at outage lengths about to be removed, and in how many functions. */
export type DroppedRatings = { lengths: { minutes: number; ratings: number }[]; ratings: number; functions: number };

/**
 * Counts the ratings of the functions' impact grids ({ [category]: { [minutes]: rating } }) at the
 * given outage lengths, in the categories that show (a removed category's ratings are kept whole,
 * so none of them drop). Grids are read as stored JSON, so anything not shaped like one counts nothing.
 */
export function droppedRatings(grids: unknown[], removed: number[], categories: readonly string[]): DroppedRatings {
  const perLength = new Map(removed.map((minutes) => [String(minutes), 0]));
  const shown = new Set(categories);
  let functions = 0;
  for (const grid of grids) {
    let hit = false;
    const rows = Object.entries(grid && typeof grid === "object" ? grid : {}).filter(([category]) => shown.has(category));
    for (const [, row] of rows) {
      for (const minutes of Object.keys(row && typeof row === "object" ? row : {})) {
        if (!perLength.has(minutes)) continue;
        perLength.set(minutes, perLength.get(minutes)! + 1);
        hit = true;
      }
    }
    if (hit) functions += 1;
  }
  const lengths = removed.map((minutes) => ({ minutes, ratings: perLength.get(String(minutes))! })).filter((l) => l.ratings > 0);
  return { lengths, ratings: lengths.reduce((sum, l) => sum + l.ratings, 0), functions };
}


/** "Removing 1 day (3 ratings) and 3 days (1 rating) drops 4 ratings in 2 functions …" */
export function describeDroppedRatings(dropped: DroppedRatings): string {
  const lengths = dropped.lengths.map((l) => `${formatDuration(l.minutes)} (${count(l.ratings, "rating")})`);
  const listed = andList(lengths);
  return (
    `Removing ${listed} drops ${count(dropped.ratings, "impact rating")} in ${count(dropped.functions, "function")}: ` +
    "they no longer show or count in any plan, and are deleted when each function is next saved. " +
    "Tick the box to confirm and save again."
  );
}
