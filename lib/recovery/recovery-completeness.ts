import "server-only";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { assessScope } from "@/lib/recovery/assess-scope";
import { count } from "@/lib/count";

/**
 * Completeness of the "recovery" stage: the mean of three shares of the systems with a host:
 * covered by a backup policy or a replica; with both an RPO and an RTO target (inherited from the
 * functions); meeting both in every scenario. A VM left out of the model for missing memory or used
 * size counts in none of the three: nothing about it has been assessed. No scenarios, or an invalid
 * model, gives the last share 0: nothing has been shown to be recoverable yet.
 */
export const recoveryCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const result = await assessScope(orgId, planId);
  const systems = result.model.systems ?? [];
  // VMs left out for missing memory or used size count as not shown recoverable.
  const withHost = systems.length + result.incomplete.length;
  if (withHost === 0) return { recovery: 0 };
  const covered = new Set([...(result.model.backupPolicies ?? []).flatMap((p) => p.systems), ...(result.model.replicas ?? []).map((r) => r.system)]);
  const protectedShare = systems.filter((s) => covered.has(s.id)).length / withHost;
  const targetShare = systems.filter((s) => s.rpoMinutes !== undefined && s.rtoMinutes !== undefined).length / withHost;
  let metShare = 0;
  let failingCount: number | null = null;
  if (result.ok && result.assessment.scenarios.length > 0) {
    const failing = new Set(
      result.assessment.scenarios.flatMap((sc) => sc.systems.filter((s) => s.affected && (s.rpo.status !== "met" || s.rto.status !== "met")).map((s) => s.id)),
    );
    metShare = systems.filter((s) => !failing.has(s.id)).length / withHost;
    failingCount = systems.filter((s) => failing.has(s.id)).length;
  }
  // Which target is missing decides the advice: an RTO can come down from a system that depends on
  // this one (a domain controller inherits its dependants' RTO), an RPO only from a function.
  const neither = systems.filter((s) => s.rpoMinutes === undefined && s.rtoMinutes === undefined).length;
  const noRpo = systems.filter((s) => s.rpoMinutes === undefined && s.rtoMinutes !== undefined).length;
  const noRto = systems.filter((s) => s.rpoMinutes !== undefined && s.rtoMinutes === undefined).length;
  // Unprotected systems are counted by the recovery data's own to-do (a system without a policy).
  const todo = [
    neither > 0 ? `Link ${count(neither, "system")} to the business functions whose RPO and RTO ${neither === 1 ? "it" : "they"} must meet.` : null,
    noRpo > 0 ? `Give ${count(noRpo, "system")} an RPO: link ${noRpo === 1 ? "it" : "each"} to the business functions whose data it holds (an RTO can come from the systems that depend on it; an RPO cannot).` : null,
    noRto > 0 ? `Give ${count(noRto, "system")} an RTO: link ${noRto === 1 ? "it" : "each"} to the business functions that need it back.` : null,
    failingCount ? `Make ${count(failingCount, "system")} meet ${failingCount === 1 ? "its" : "their"} RPO and RTO in every scenario (see Recovery readiness).` : null,
    result.ok && result.assessment.scenarios.length === 0 ? "Add disaster scenarios to assess the recovery against." : null,
  ];
  return { recovery: Math.round(((protectedShare + targetShare + metShare) / 3) * 100), todo: { recovery: todo.filter((t): t is string => t !== null) } };
};
