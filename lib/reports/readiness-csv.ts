import type { Assessment, TargetStatus } from "@/lib/engine/types";
import { neutraliseFormula, writeCsv } from "@/lib/csv/write-csv";
import { inheritedRtoWords } from "@/lib/priorities/effective-targets";
import { leftOutReason, type IncompleteSystem, type InheritedRto } from "@/lib/recovery/to-model";

// New columns go at the end, so that spreadsheets and scripts reading the earlier ones by
// position keep working.
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
  "RTO source",
  "RTO inherited from",
];

const minutes = (value: number | null) => (value === null ? "" : String(Math.round(value)));
/**
 * The status in the readiness matrix's words; an affected system that never comes back says so
 * even without a target (the matrix shows it red), so a filter on the status column finds it.
 */
const status = (value: TargetStatus, minutes: number | null) =>
  value === "no-target" && minutes === null ? "no target (no recovery)" : value.replace(/-/g, " ");

/**
 * Where a system's RTO target comes from, in the words the pages use (docs/decisions/0016):
 * "own" when a function linked to the system sets it, "inherited from PAYROLL-APP, which depends
 * on it (the RTO of Payroll)" when it came down a dependency; empty when there is no target.
 */
function rtoSource(target: number | null, inherited: InheritedRto | undefined): string {
  if (target === null) return "";
  return (inherited && inheritedRtoWords(inherited)) ?? "own";
}

/**
 * The readiness matrix, one row per system and scenario, the scenario by its name (its id kept in
 * a column of its own); cells that look like formulas are neutralised. VMs left out of the
 * assessment for missing facts get a row per scenario that says so instead of any status.
 */
export function readinessToCsv(
  assessment: Assessment | null,
  { scenarioNames = {}, incomplete = [], inheritedRto = [] }: { scenarioNames?: Record<string, string>; incomplete?: IncompleteSystem[]; inheritedRto?: readonly InheritedRto[] } = {},
): string {
  const scenarios = assessment?.scenarios ?? [];
  const named = (id: string) => scenarioNames[id] ?? id;
  const inherited = new Map(inheritedRto.map((i) => [i.system, i]));
  const rows = scenarios.flatMap((scenario) => [
    ...scenario.systems.map((s) => [
      s.id,
      named(scenario.id),
      scenario.id,
      minutes(s.rpo.worstCaseMinutes),
      minutes(s.rpo.target),
      status(s.rpo.status, s.rpo.worstCaseMinutes),
      minutes(s.rto.achievableMinutes),
      minutes(s.rto.target),
      status(s.rto.status, s.rto.achievableMinutes),
      rtoSource(s.rto.target, inherited.get(s.id)),
      // The same source as a system id alone, for filters and scripts: empty for an own target.
      s.rto.target === null ? "" : (inherited.get(s.id)?.through[0] ?? ""),
    ]),
    ...incomplete.map((i) => {
      const why = `not assessed (${leftOutReason(i.missing)})`;
      return [i.system, named(scenario.id), scenario.id, "", "", why, "", "", why, "", ""];
    }),
  ]);
  return writeCsv([READINESS_COLUMNS, ...rows].map((row) => row.map(neutraliseFormula)));
}
