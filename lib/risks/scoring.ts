/**
 * Risk scoring on the 5×5 matrix: score = likelihood × impact (1–25), banded the way risk
 * registers usually colour them. Pure, so the heat map, the register and the tests agree.
 */
export const RATINGS = [1, 2, 3, 4, 5] as const;

export type ScoreBand = "low" | "medium" | "high" | "critical";

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** low 1–4, medium 5–9, high 10–16, critical 20–25. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 20) return "critical";
  if (score >= 10) return "high";
  if (score >= 5) return "medium";
  return "low";
}

export type HeatMapCell = { likelihood: number; impact: number; count: number; band: ScoreBand };

/** The 5×5 grid, highest likelihood first (the top row), impact rising left to right. */
export function heatMapGrid(counts: { likelihood: number; impact: number; count: number }[]): HeatMapCell[][] {
  const at = new Map(counts.map((c) => [`${c.likelihood}:${c.impact}`, c.count]));
  return [...RATINGS].reverse().map((likelihood) =>
    RATINGS.map((impact) => ({
      likelihood,
      impact,
      count: at.get(`${likelihood}:${impact}`) ?? 0,
      band: scoreBand(riskScore(likelihood, impact)),
    })),
  );
}

export const LIKELIHOOD_LABELS: Record<number, string> = { 1: "Rare", 2: "Unlikely", 3: "Possible", 4: "Likely", 5: "Almost certain" };
export const IMPACT_LABELS: Record<number, string> = { 1: "Negligible", 2: "Minor", 3: "Moderate", 4: "Major", 5: "Severe" };
