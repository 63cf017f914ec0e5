import type { ScenarioResult } from "@/lib/engine";
import { count } from "@/lib/count";
import { functionGaps, mtdReading } from "@/lib/recovery/dashboard/mtd-gaps";
import type { HostlessSystem, IncompleteSystem } from "@/lib/recovery/to-model";

/**
 * Whether the business could recover, in counts, from one assessment (pure): what the overview,
 * the approval pages and the plan list say beside how complete the recovery data is. A VM left
 * out of the model for missing memory or used size is counted apart, never as meeting anything;
 * so is a system without both an RPO and an RTO target: it has nothing to meet, so it neither
 * meets nor misses, and what it needs is a target (docs/decisions/0030).
 */
export type RecoveryOutcome = {
  /** Problems that kept the model from being assessed; 0 when it was. */
  issues: number;
  /** Systems in the model: a host, memory and used size. */
  systems: number;
  /** Systems with a host left out for missing memory or used size. */
  notAssessed: number;
  /**
   * Systems left out for having no host (docs/decisions/0083): nobody assessed them, so they
   * neither meet nor miss their targets. A SaaS service is its provider's, and not counted.
   */
  noHost: number;
  scenarios: number;
  /** Systems in the model without an RPO target, an RTO target or both. */
  noTarget: number;
  /** Systems in the model with both targets that meet both in every scenario that affects them. */
  meetingEvery: number;
  /** Business functions whose systems' recovery plus work recovery time exceeds the MTD in at least one scenario. */
  functionsOverMtd: number;
  /**
   * Business functions that exceed it in none, but whose check is not known in some: systems they
   * need are left out of the model, without a host or their facts (docs/decisions/0083). A
   * function on a SaaS service alone is its provider's, and not counted.
   */
  functionsNotKnown: number;
};

export type ModelSystem = { id: string; rpoMinutes?: number; rtoMinutes?: number };

type Assessed = {
  model: { systems?: readonly ModelSystem[]; processes?: { id: string; systems?: string[] }[] };
  incomplete: readonly IncompleteSystem[];
  hostless: readonly HostlessSystem[];
} & (
  | { ok: false; issues: readonly unknown[] }
  | { ok: true; assessment: { scenarios: readonly ScenarioResult[] } }
);

/** Whether a system in the model has both targets (set by its functions, the RTO also by its dependants). */
export const hasTargets = (system: ModelSystem) => system.rpoMinutes !== undefined && system.rtoMinutes !== undefined;

/** The systems with both targets that miss either in at least one scenario that affects them. */
export function missingTargets(systems: readonly ModelSystem[], scenarios: readonly ScenarioResult[]): ModelSystem[] {
  const missing = new Set(scenarios.flatMap((sc) => sc.systems.filter((s) => s.affected && (s.rpo.status !== "met" || s.rto.status !== "met")).map((s) => s.id)));
  return systems.filter((s) => hasTargets(s) && missing.has(s.id));
}

/** The counts of an assessment as `assessRecovery` returns it. */
export function outcomeOf(result: Assessed): RecoveryOutcome {
  const systems = result.model.systems ?? [];
  const targeted = systems.filter(hasTargets).length;
  const base = { systems: systems.length, notAssessed: result.incomplete.length, noHost: result.hostless.filter((h) => !h.saas).length, noTarget: systems.length - targeted };
  if (!result.ok) return { ...base, issues: result.issues.length, scenarios: 0, meetingEvery: 0, functionsOverMtd: 0, functionsNotKnown: 0 };
  const scenarios = result.assessment.scenarios;
  const overMtd = new Set(scenarios.flatMap((sc) => sc.processes.filter((p) => p.mtdOk === false).map((p) => p.id)));
  const processes = (result.model.processes ?? []).map((p) => ({ id: p.id, systems: p.systems ?? [] }));
  const gapsOf = functionGaps({ incomplete: [...result.incomplete], hostless: [...result.hostless], processes });
  // Read as the MTD table reads each function's check (mtdReading), so the sentence and the table agree.
  const notKnown = new Set(
    scenarios.flatMap((sc) => sc.processes.filter((p) => !overMtd.has(p.id) && mtdReading(p, gapsOf(p.id)).state === "not-known").map((p) => p.id)),
  );
  return {
    ...base,
    issues: 0,
    scenarios: scenarios.length,
    meetingEvery: targeted - missingTargets(systems, scenarios).length,
    functionsOverMtd: overMtd.size,
    functionsNotKnown: notKnown.size,
  };
}

/**
 * What the systems with a host come to, the first part of the outcome's sentence. `others`: there
 * are systems without one, so "every system" is only every assessed one.
 */
function systemsWords({ withHost, notAssessed, noTarget, meetingEvery, others }: { withHost: number; notAssessed: number; noTarget: number; meetingEvery: number; others: boolean }): string {
  const assessed = others ? "assessed " : "";
  if (meetingEvery === withHost) return `Every ${assessed}system meets its RPO and RTO in every scenario`;
  const leftOut = notAssessed > 0 ? ` (${notAssessed} not assessed: memory or used size missing)` : "";
  if (noTarget === 0) return `${meetingEvery} of ${withHost} systems meet their RPO and RTO in every scenario${leftOut}`;
  // A VM left out for missing facts counts among those with targets: it is not known to lack one.
  const withTargets = withHost - noTarget;
  if (withTargets === 0) return `${noTarget === 1 ? `The only ${assessed}system lacks` : `All ${noTarget} ${assessed}systems lack`} an RPO or RTO target, so none is shown to meet one`;
  return `${meetingEvery} of ${withTargets} systems with targets meet them in every scenario${leftOut}; ${noTarget} ${noTarget === 1 ? "lacks" : "lack"} an RPO or RTO target`;
}

/**
 * The outcome in one sentence for executives: "0 of 1 systems meet their RPO and RTO in every
 * scenario; 2 functions exceed their MTD in at least one scenario." Systems without a target are
 * counted apart: "0 of 2 systems with targets meet them in every scenario; 2 lack an RPO or RTO
 * target." Functions whose systems nobody assessed are counted apart too: "…, and no assessed
 * function exceeds its MTD; 2 functions not known against their MTD (systems not assessed)." So
 * are the systems without a host, after the first clause, which then says every *assessed*
 * system: "Every assessed system meets its RPO and RTO in every scenario, and no function exceeds
 * its MTD; 2 systems not assessed (no host)." Nothing to assess is said as such, never as good news.
 */
export function outcomeWords(outcome: RecoveryOutcome): string {
  const { issues, systems, notAssessed, noHost, scenarios, noTarget, meetingEvery, functionsOverMtd, functionsNotKnown } = outcome;
  if (issues > 0) return `Not assessed (the recovery model has ${count(issues, "problem")} to fix).`;
  const withHost = systems + notAssessed;
  if (withHost === 0) return scenarios === 0 ? "Not assessed yet (no systems with a host, no disaster scenarios)." : "Not assessed yet (no systems with a host).";
  if (scenarios === 0) return "Not assessed yet (no disaster scenarios).";
  if (systems === 0) return `Not assessed yet (memory or used size missing for ${count(notAssessed, "system")}).`;
  const systemsPart = systemsWords({ withHost, notAssessed, noTarget, meetingEvery, others: noHost > 0 });
  const hostless = noHost > 0 ? `; ${count(noHost, "system")} not assessed (no host)` : "";
  // Functions whose systems nobody assessed neither meet nor miss their MTD: they are said apart.
  const notKnown = functionsNotKnown > 0 ? `; ${count(functionsNotKnown, "function")} not known against ${functionsNotKnown === 1 ? "its" : "their"} MTD (systems not assessed)` : "";
  if (functionsOverMtd === 0) {
    if (meetingEvery !== withHost) return `${systemsPart}${hostless}${notKnown}.`;
    return `${systemsPart}, and no ${notKnown ? "assessed " : ""}function exceeds its MTD${hostless}${notKnown}.`;
  }
  return `${systemsPart}${hostless}; ${count(functionsOverMtd, "function")} ${functionsOverMtd === 1 ? "exceeds its" : "exceed their"} MTD in at least one scenario${notKnown}.`;
}
