/**
 * What deleting a system takes with it, in the confirmation's words (docs/decisions/0042). Pure,
 * so the words can be checked without a page.
 */
import { count, fewOf } from "@/lib/count";

/** The names (or, for restore points, the number) of what goes with a system. */
export type SystemRemoves = {
  functions: string[];
  dependentSystems: string[];
  dependsOn: string[];
  consistencyGroups: string[];
  backupPolicies: string[];
  /** By the backup location each replicates to. */
  replicas: string[];
  restorePoints: number;
  /** By the scenario each host is used in. */
  recoveryHosts: string[];
};

const named = (names: readonly string[]) => ` (${fewOf(names)})`;

/** "the function", "the 2 functions"; with "its" for "its replica", "its 2 replicas". */
const the = (n: number, one: string, many = `${one}s`, article = "the") => `${article} ${n === 1 ? one : count(n, one, many)}`;

/**
 * "Deleting SQL01 also: unlinks the 2 functions that depend on it (Order taking and Payroll);
 * takes it out of 1 consistency group (ERP databases); deletes its 340 observed restore points.
 * The audit log keeps a record of all of it." Only what there is, each by name or number.
 */
export function systemDeletionText(name: string, r: SystemRemoves): string {
  const parts = [
    r.functions.length && `unlinks ${the(r.functions.length, "function")} that ${r.functions.length === 1 ? "depends" : "depend"} on it${named(r.functions)}`,
    r.dependentSystems.length && `unlinks ${the(r.dependentSystems.length, "system")} that ${r.dependentSystems.length === 1 ? "depends" : "depend"} on it${named(r.dependentSystems)}`,
    r.dependsOn.length && `drops its dependency on ${count(r.dependsOn.length, "system")}${named(r.dependsOn)}`,
    r.consistencyGroups.length && `takes it out of ${count(r.consistencyGroups.length, "consistency group")}${named(r.consistencyGroups)}`,
    r.backupPolicies.length && `takes it out of ${count(r.backupPolicies.length, "backup policy", "backup policies")}${named(r.backupPolicies)}`,
    r.replicas.length && `deletes ${the(r.replicas.length, "replica", "replicas", "its")} (to ${fewOf(r.replicas)})`,
    r.restorePoints && `deletes ${the(r.restorePoints, "observed restore point", "observed restore points", "its")}`,
    r.recoveryHosts.length && `deletes where it is restored in ${count(r.recoveryHosts.length, "scenario")}${named(r.recoveryHosts)}`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return `Nothing else in the plan refers to ${name}. The audit log keeps a record.`;
  return `Deleting ${name} also: ${parts.join("; ")}. The audit log keeps a record of all of it.`;
}
