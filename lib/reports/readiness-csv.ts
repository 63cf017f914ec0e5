import type { RecoveryModelInput } from "@/lib/engine";
import type { Assessment, ScenarioSystem, TargetStatus } from "@/lib/engine/types";
import { neutraliseFormula, writeCsv } from "@/lib/csv/write-csv";
import { inheritedRtoWords } from "@/lib/priorities/effective-targets";
import { neverReadyReasons, reasonWords, recoveryHostShown } from "@/lib/recovery/never-ready-reason";
import { leftOutReason, type IncompleteSystem, type InheritedRto, type TargetFunctions } from "@/lib/recovery/to-model";

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
  "Restore location",
  "Recovery host",
  "Restore time from",
  "Never ready because",
  "RPO source",
];

/**
 * Minutes as the engine gives them (to a thousandth), not rounded to whole ones: rounded, a restore
 * ten seconds over its RTO would read as equal to its target beside "breached".
 */
const minutes = (value: number | null) => (value === null ? "" : String(value));
/**
 * The achievable RTO: "never" for an affected system that never becomes ready, empty only for one
 * the scenario does not affect (nothing to recover).
 */
const recoveryTime = (s: ScenarioSystem) => (s.affected && s.rto.achievableMinutes === null ? "never" : minutes(s.rto.achievableMinutes));
/**
 * The status in the readiness matrix's words; an affected system that never comes back says so
 * even without a target (the matrix shows it red), so a filter on the status column finds it.
 */
const status = (value: TargetStatus, minutes: number | null) =>
  value === "no-target" && minutes === null ? "no target (no recovery)" : value.replace(/-/g, " ");

/**
 * Where a system's RTO target comes from, in the words the pages use (docs/decisions/0016): the
 * functions linked to it that set it, "from Order taking", or "inherited from PAYROLL-APP, which
 * depends on it (the RTO of Payroll)" when it came down a dependency; empty when there is no target.
 */
function rtoSource(target: number | null, inherited: InheritedRto | undefined, functions: readonly string[]): string {
  if (target === null) return "";
  return (inherited && inheritedRtoWords(inherited)) ?? fromFunctions(functions);
}

/** The functions that set a target, as the system's readiness page says it: "from Order taking, Dispatch". */
const fromFunctions = (functions: readonly string[]) => (functions.length ? `from ${functions.join(", ")}` : "");

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * The readiness matrix, one row per system and scenario, the scenario by its name (its id kept in
 * a column of its own); cells that look like formulas are neutralised. VMs left out of the
 * assessment for missing facts get a row per scenario that says so instead of any status.
 * For an affected system: the location it restores from and its recovery host, by the plan's
 * names (`locationNames`, `hostNames`: key to name, lib/recovery/model-names.ts; the key when a
 * name is missing), whether its restore time is an "estimate" or from a "test", and, when it is
 * never ready, why (lib/recovery/never-ready-reason.ts; the `model` it was assessed from gives
 * the dependencies and the lost hosts). These stay empty for a system not affected. Where each
 * target comes from: the functions that set it (`targetFunctions`) or, for an RTO passed down a
 * dependency, the system it came from (`inheritedRto`), both from lib/recovery/to-model.ts.
 */
export function readinessToCsv(
  assessment: Assessment | null,
  {
    scenarioNames = {},
    incomplete = [],
    inheritedRto = [],
    targetFunctions = [],
    model = {},
    locationNames = NO_NAMES,
    hostNames = NO_NAMES,
  }: {
    scenarioNames?: Record<string, string>;
    incomplete?: IncompleteSystem[];
    inheritedRto?: readonly InheritedRto[];
    targetFunctions?: readonly TargetFunctions[];
    model?: Pick<RecoveryModelInput, "systems" | "scenarios" | "hosts">;
    locationNames?: ReadonlyMap<string, string>;
    hostNames?: ReadonlyMap<string, string>;
  } = {},
): string {
  const scenarios = assessment?.scenarios ?? [];
  const named = (id: string) => scenarioNames[id] ?? id;
  const nameIn = (names: ReadonlyMap<string, string>, key: string | null) => (key === null ? "" : (names.get(key) ?? key));
  const inherited = new Map(inheritedRto.map((i) => [i.system, i]));
  const setBy = new Map(targetFunctions.map((t) => [t.system, t]));
  const rows = scenarios.flatMap((scenario) => {
    const reasons = neverReadyReasons({ model, scenario, names: { hosts: hostNames } });
    const assessed = scenario.systems.map((s) => {
      const reason = reasons.get(s.id);
      return [
        s.id,
        named(scenario.id),
        scenario.id,
        s.affected && s.rpo.worstCaseMinutes === null ? "unbounded" : minutes(s.rpo.worstCaseMinutes),
        minutes(s.rpo.target),
        status(s.rpo.status, s.rpo.worstCaseMinutes),
        recoveryTime(s),
        minutes(s.rto.target),
        status(s.rto.status, s.rto.achievableMinutes),
        rtoSource(s.rto.target, inherited.get(s.id), setBy.get(s.id)?.rto ?? []),
        // The same source as a system id alone, for filters and scripts: empty for a target its functions set.
        s.rto.target === null ? "" : (inherited.get(s.id)?.through[0] ?? ""),
        s.affected ? nameIn(locationNames, s.rpo.location) : "",
        // A system not affected keeps running where it is: it has no recovery host.
        s.affected ? recoveryHostShown(s.rto.host === null ? null : nameIn(hostNames, s.rto.host), reason) : "",
        s.affected ? (s.rto.source ?? "") : "",
        reason ? reasonWords(reason) : "",
        s.rpo.target === null ? "" : fromFunctions(setBy.get(s.id)?.rpo ?? []),
      ];
    });
    const notAssessed = incomplete.map((i) => {
      const why = `not assessed (${leftOutReason(i.missing)})`;
      return [i.system, named(scenario.id), scenario.id, "", "", why, "", "", why, "", "", "", "", "", "", ""];
    });
    return [...assessed, ...notAssessed];
  });
  return writeCsv([READINESS_COLUMNS, ...rows].map((row) => row.map(neutraliseFormula)));
}
