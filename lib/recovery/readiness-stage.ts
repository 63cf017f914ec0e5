import type { ScenarioResult } from "@/lib/engine";
import { hasTargets, missingTargets, type ModelSystem } from "@/lib/recovery/recovery-outcome";
import { andList, count, fewOf } from "@/lib/count";

type Named = { subject: string; listed: string; it: string; its: string; each: string };

/**
 * A sentence about some systems, or null for none: up to three named in it ("SQL and DC"), more
 * counted and the first three listed after it ("5 systems …: SQL, DC, FILE and 2 more").
 */
function aboutSystems(names: string[], words: (systems: Named) => string): string | null {
  if (names.length === 0) return null;
  const one = names.length === 1;
  return words(
    names.length <= 3
      ? { subject: andList(names), listed: "", it: one ? "it" : "they", its: one ? "its" : "their", each: one ? "it" : "each" }
      : { subject: count(names.length, "system"), listed: `: ${fewOf(names, 3)}`, it: "they", its: "their", each: "each" },
  );
}

export type AssessedModel = {
  model: { systems?: readonly ModelSystem[]; backupPolicies?: readonly { systems: readonly string[] }[]; replicas?: readonly { system: string }[] };
  incomplete: readonly unknown[];
} & ({ ok: false; issues: readonly unknown[] } | { ok: true; assessment: { scenarios: readonly ScenarioResult[] } });

/**
 * How far the engine's side of the recovery stage has got (pure): the mean of three shares of the
 * systems with a host: covered by a backup policy or a replica; with both an RPO and an RTO target
 * (inherited from the functions); meeting both in every scenario. A VM left out of the model for
 * missing memory or used size counts in none of the three: nothing about it has been assessed. No
 * scenarios, or an invalid model, gives the last share 0: nothing has been shown to be recoverable
 * yet. A system without a target meets nothing, but misses nothing either: what it lacks is a
 * target, so the to-do asks for that, apart from the systems that miss theirs.
 */
export function readinessStage(result: AssessedModel): { completeness: number; todo: string[] } {
  const systems = result.model.systems ?? [];
  const withHost = systems.length + result.incomplete.length;
  if (withHost === 0) return { completeness: 0, todo: [] };
  const covered = new Set([...(result.model.backupPolicies ?? []).flatMap((p) => p.systems), ...(result.model.replicas ?? []).map((r) => r.system)]);
  const protectedShare = systems.filter((s) => covered.has(s.id)).length / withHost;
  const targetShare = systems.filter(hasTargets).length / withHost;
  const scenarios = result.ok ? result.assessment.scenarios : [];
  const metShare = scenarios.length > 0 ? (systems.filter(hasTargets).length - missingTargets(systems, scenarios).length) / withHost : 0;
  // Which target is missing decides the advice: an RTO can come down from a system that depends on
  // this one (a domain controller inherits its dependants' RTO), an RPO only from a function.
  const lacking = (rpo: boolean, rto: boolean) =>
    systems.filter((s) => (s.rpoMinutes === undefined) === rpo && (s.rtoMinutes === undefined) === rto).map((s) => s.id);
  // Unprotected systems are counted by the recovery data's own to-do (a system without a policy).
  const todo = [
    aboutSystems(lacking(true, true), (n) => `Link ${n.subject} to the business functions whose RPO and RTO ${n.it} must meet${n.listed}.`),
    aboutSystems(
      lacking(true, false),
      (n) => `Give ${n.subject} an RPO: link ${n.each} to the business functions whose data it holds (an RTO can come from the systems that depend on it; an RPO cannot)${n.listed}.`,
    ),
    aboutSystems(lacking(false, true), (n) => `Give ${n.subject} an RTO: link ${n.each} to the business functions that need it back${n.listed}.`),
    aboutSystems(
      missingTargets(systems, scenarios).map((s) => s.id),
      (n) => `Make ${n.subject} meet ${n.its} RPO and RTO in every scenario (see Recovery readiness)${n.listed}.`,
    ),
    result.ok && scenarios.length === 0 ? "Add disaster scenarios to assess the recovery against." : null,
  ];
  return { completeness: Math.round(((protectedShare + targetShare + metShare) / 3) * 100), todo: todo.filter((t): t is string => t !== null) };
}
