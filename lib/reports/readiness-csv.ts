import type { Assessment } from "@/lib/engine/types";
import { neutraliseFormula, writeCsv } from "@/lib/csv/write-csv";

export const READINESS_COLUMNS = ["System", "Scenario", "RPO worst case (min)", "RPO target (min)", "RPO status", "RTO achievable (min)", "RTO target (min)", "RTO status"];

const minutes = (value: number | null) => (value === null ? "" : String(Math.round(value)));

/** The readiness matrix, one row per system and scenario; cells that look like formulas are neutralised. */
export function readinessToCsv(assessment: Assessment | null): string {
  const rows = (assessment?.scenarios ?? []).flatMap((scenario) =>
    scenario.systems.map((s) => [s.id, scenario.id, minutes(s.rpo.worstCaseMinutes), minutes(s.rpo.target), s.rpo.status, minutes(s.rto.achievableMinutes), minutes(s.rto.target), s.rto.status]),
  );
  return writeCsv([READINESS_COLUMNS, ...rows].map((row) => row.map(neutraliseFormula)));
}
