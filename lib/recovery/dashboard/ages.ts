/** Current restore-point age bands for the plan overview. Pure. */
import type { AgeStatus, Assessment } from "@/lib/engine";

export const AGE_BANDS: { status: AgeStatus; label: string }[] = [
  { status: "compliant", label: "Within target" },
  { status: "exceeded", label: "Up to 2× the target" },
  { status: "severe", label: "Up to 4× the target" },
  { status: "critical", label: "More than 4× the target" },
  { status: "no-evidence", label: "No evidence" },
  { status: "no-target", label: "No target" },
];

export type AgeSummary = {
  counts: Record<AgeStatus, number>;
  /** Systems with no observed restore point, by name. */
  lackingEvidence: string[];
  /** Systems whose newest point is older than their RPO, oldest first. */
  late: { system: string; minutes: number; status: AgeStatus }[];
};

export function ageSummary(assessment: Pick<Assessment, "systems">): AgeSummary {
  const counts = Object.fromEntries(AGE_BANDS.map((b) => [b.status, 0])) as Record<AgeStatus, number>;
  for (const s of assessment.systems) counts[s.currentAge.status] += 1;
  return {
    counts,
    lackingEvidence: assessment.systems.filter((s) => s.currentAge.status === "no-evidence").map((s) => s.id),
    late: assessment.systems
      .filter((s) => ["exceeded", "severe", "critical"].includes(s.currentAge.status))
      .map((s) => ({ system: s.id, minutes: s.currentAge.minutes ?? 0, status: s.currentAge.status }))
      .sort((a, b) => b.minutes - a.minutes),
  };
}
