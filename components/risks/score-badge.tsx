import { riskScore, scoreBand, type ScoreBand } from "@/lib/risks/scoring";

/** The colours of the score bands, shared by the badge and the heat map. */
export const BAND_CLASS: Record<ScoreBand, string> = {
  low: "bg-green-100 text-green-900",
  medium: "bg-yellow-100 text-yellow-900",
  high: "bg-orange-200 text-orange-950",
  critical: "bg-red-300 text-red-950",
};

/** A risk score (likelihood × impact) with its band in words, not only in colour. */
export function ScoreBadge({ likelihood, impact }: { likelihood: number | null; impact: number | null }) {
  if (likelihood === null || impact === null) return <span className="text-slate-500">Not rated</span>;
  const score = riskScore(likelihood, impact);
  const band = scoreBand(score);
  return (
    <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium tabular-nums ${BAND_CLASS[band]}`}>
      {score} {band}
    </span>
  );
}
