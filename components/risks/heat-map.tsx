import Link from "next/link";
import type { HeatMapCell, ScoreBand } from "@/lib/risks/scoring";
import { IMPACT_LABELS, LIKELIHOOD_LABELS, RATINGS, riskScore } from "@/lib/risks/scoring";
import { BAND_CLASS } from "@/components/risks/score-badge";
import { ScrollBox } from "@/components/ui/scroll-box";

const plural = (count: number) => `${count} ${count === 1 ? "threat" : "threats"}`;

/**
 * A 5×5 heat map: likelihood rows (5 on top) by impact columns, each cell counting the threats
 * rated there; a cell with threats links to the register filtered to it. Its cells are smaller
 * below the sm breakpoint, so that the grid fits a phone's card whole, down to 320 px: a grid a
 * few pixels too wide scrolled, and its "Impact 5" column hid under the scroll shade.
 */
export function HeatMap({
  planId,
  view,
  title,
  grid,
  selected,
}: {
  planId: string;
  view: "inherent" | "residual";
  title: string;
  grid: HeatMapCell[][];
  selected: { view: string; l?: number; i?: number };
}) {
  return (
    <ScrollBox>
      <table className="border-separate border-spacing-1 text-sm" data-heatmap={view}>
        <caption className="mb-1 text-left font-medium">{title}</caption>
        <thead>
          <tr>
            <td />
            {RATINGS.map((impact) => (
              <th key={impact} scope="col" className="w-10 text-center text-xs font-normal text-slate-600 sm:w-14" title={IMPACT_LABELS[impact]}>
                <span className="sr-only">Impact </span>
                {impact}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row) => (
            <tr key={row[0].likelihood}>
              <th scope="row" className="pr-1 text-right text-xs font-normal text-slate-600" title={LIKELIHOOD_LABELS[row[0].likelihood]}>
                <span className="sr-only">Likelihood </span>
                {row[0].likelihood}
              </th>
              {row.map((cell) => {
                const active = selected.view === view && selected.l === cell.likelihood && selected.i === cell.impact;
                const name = `Likelihood ${cell.likelihood}, impact ${cell.impact} (score ${riskScore(cell.likelihood, cell.impact)}, ${cell.band}): ${plural(cell.count)}`;
                const look = `flex h-10 w-10 items-center justify-center rounded font-semibold tabular-nums sm:h-12 sm:w-14 ${BAND_CLASS[cell.band]} ${active ? "ring-2 ring-blue-700" : ""}`;
                return (
                  <td key={cell.impact} className="p-0">
                    {cell.count === 0 ? (
                      // Nothing to list: a plain cell that reads the same, not one more tab stop before the register.
                      <div className={look}>
                        <span className="sr-only">{name}</span>
                      </div>
                    ) : (
                      <Link
                        href={`/plans/${planId}/risks?view=${view}&l=${cell.likelihood}&i=${cell.impact}#register`}
                        aria-label={name}
                        aria-current={active ? "true" : undefined}
                        className={`${look} hover:ring-2 hover:ring-slate-500`}
                      >
                        {cell.count}
                      </Link>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <td colSpan={5} className="pt-1 text-center text-xs text-slate-600">
              Impact →  (rows: likelihood ↑)
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollBox>
  );
}

const BANDS: { band: ScoreBand; label: string; scores: string }[] = [
  { band: "low", label: "Low", scores: "1–4" },
  { band: "medium", label: "Medium", scores: "5–9" },
  { band: "high", label: "High", scores: "10–16" },
  { band: "critical", label: "Critical", scores: "20–25" },
];

/** What the heat maps' colours mean, in words, so the band never rests on colour alone. */
export function HeatMapLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Score bands">
      {BANDS.map(({ band, label, scores }) => (
        <li key={band} className="flex items-center gap-1">
          <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm border border-slate-300 ${BAND_CLASS[band]}`} />
          {label}: score {scores}
        </li>
      ))}
    </ul>
  );
}
