import type { Assessment, TargetStatus } from "@/lib/engine/types";
import { neutraliseFormula, writeCsv } from "@/lib/csv/write-csv";
import { leftOutReason, type IncompleteSystem } from "@/lib/recovery/to-model";

export const READINESS_COLUMNS = [
  "System",
  "Scenario",
  "Scenario id",
  "RPO worst case (min)",
  "RPO target (min)",
  "RPO status",
  "RTO achievable (min)",
  "RTO target (min)",
  "RTO status",
];

const minutes = (value: number | null) => (value === null ? "" : String(Math.round(value)));
/** The status in the readiness matrix's words. */
const status = (value: TargetStatus) => value.replace(/-/g, " ");

/**
 * The readiness matrix, one row per system and scenario, the scenario by its name (its id kept in
 * a column of its own); cells that look like formulas are neutralised. VMs left out of the
 * assessment for missing facts get a row per scenario that says so instead of any status.
 */
export function readinessToCsv(assessment: Assessment | null, { scenarioNames = {}, incomplete = [] }: { scenarioNames?: Record<string, string>; incomplete?: IncompleteSystem[] } = {}): string {
  const scenarios = assessment?.scenarios ?? [];
  const named = (id: string) => scenarioNames[id] ?? id;
  const rows = scenarios.flatMap((scenario) => [
    ...scenario.systems.map((s) => [
      s.id,
      named(scenario.id),
      scenario.id,
      minutes(s.rpo.worstCaseMinutes),
      minutes(s.rpo.target),
      status(s.rpo.status),
      minutes(s.rto.achievableMinutes),
      minutes(s.rto.target),
      status(s.rto.status),
    ]),
    ...incomplete.map((i) => {
      const why = `not assessed (${leftOutReason(i.missing)})`;
      return [i.system, named(scenario.id), scenario.id, "", "", why, "", "", why];
    }),
  ]);
  return writeCsv([READINESS_COLUMNS, ...rows].map((row) => row.map(neutraliseFormula)));
}
