import { formatDuration } from "@/lib/durations";
import { gridCells, RATING_LABELS, ratingAtLeast, type ImpactCategory, type ImpactGrid, type ImpactRating } from "@/lib/bia/impact";
import { ScrollBox } from "@/components/ui/scroll-box";

/** The impact grid, read-only, one row per category of the organisation; intolerable cells are marked. */
export function ImpactGridTable({
  grid,
  categories,
  horizons,
  intolerable,
}: {
  grid: ImpactGrid;
  categories: ImpactCategory[];
  horizons: number[];
  intolerable: ImpactRating;
}) {
  return (
    <ScrollBox>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="mb-2 text-left text-slate-600">Impact over time (intolerable from “{RATING_LABELS[intolerable]}”)</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2 text-left">Category</th>
            {horizons.map((h) => (
              <th key={h} scope="col" className="p-2 text-left">
                {formatDuration(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {gridCells(grid, categories, horizons).map((row) => (
            <tr key={row.key} className="border-t border-slate-200">
              <th scope="row" className="p-2 text-left font-medium">
                {row.label}
              </th>
              {row.ratings.map((rating, i) => (
                <td key={horizons[i]} className={`p-2 ${rating && ratingAtLeast(rating, intolerable) ? "bg-red-50 font-medium text-red-800" : ""}`}>
                  {rating ? RATING_LABELS[rating] : "—"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
