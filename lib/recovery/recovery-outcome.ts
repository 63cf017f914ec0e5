import type { ScenarioResult } from "@/lib/engine";
import { count } from "@/lib/count";

/**
 * Whether the business could recover, in counts, from one assessment (pure): what the overview,
 * the approval pages and the plan list say beside how complete the recovery data is. A VM left
 * out of the model for missing memory or used size is counted apart, never as meeting anything.
 */
export type RecoveryOutcome = {
  /** Problems that kept the model from being assessed; 0 when it was. */
  issues: number;
  /** Systems in the model: a host, memory and used size. */
  systems: number;
  /** Systems with a host left out for missing memory or used size. */
  notAssessed: number;
  scenarios: number;
  /** Systems in the model that meet both their RPO and their RTO in every scenario that affects them. */
  meetingEvery: number;
  /** Business functions whose systems' recovery plus work recovery time exceeds the MTD in at least one scenario. */
  functionsOverMtd: number;
};

type Assessed = { model: { systems?: readonly { id: string }[] }; incomplete: readonly unknown[] } & (
  | { ok: false; issues: readonly unknown[] }
  | { ok: true; assessment: { scenarios: readonly ScenarioResult[] } }
);

/** The counts of an assessment as `assessRecovery` returns it. */
export function outcomeOf(result: Assessed): RecoveryOutcome {
  const systems = result.model.systems ?? [];
  const base = { systems: systems.length, notAssessed: result.incomplete.length };
  if (!result.ok) return { ...base, issues: result.issues.length, scenarios: 0, meetingEvery: 0, functionsOverMtd: 0 };
  const scenarios = result.assessment.scenarios;
  // The same rule as the stage's completeness: "no target" is not met.
  const failing = new Set(scenarios.flatMap((sc) => sc.systems.filter((s) => s.affected && (s.rpo.status !== "met" || s.rto.status !== "met")).map((s) => s.id)));
  const overMtd = new Set(scenarios.flatMap((sc) => sc.processes.filter((p) => p.mtdOk === false).map((p) => p.id)));
  return {
    ...base,
    issues: 0,
    scenarios: scenarios.length,
    meetingEvery: systems.filter((s) => !failing.has(s.id)).length,
    functionsOverMtd: overMtd.size,
  };
}

/**
 * The outcome in one sentence for executives: "0 of 1 systems meet their RPO and RTO in every
 * scenario; 2 functions exceed their MTD in at least one scenario." Nothing to assess is said as
 * such, never as good news.
 */
export function outcomeWords(outcome: RecoveryOutcome): string {
  const { issues, systems, notAssessed, scenarios, meetingEvery, functionsOverMtd } = outcome;
  if (issues > 0) return `Not assessed (the recovery model has ${count(issues, "problem")} to fix).`;
  const withHost = systems + notAssessed;
  if (withHost === 0) return scenarios === 0 ? "Not assessed yet (no systems with a host, no disaster scenarios)." : "Not assessed yet (no systems with a host).";
  if (scenarios === 0) return "Not assessed yet (no disaster scenarios).";
  if (systems === 0) return `Not assessed yet (memory or used size missing for ${count(notAssessed, "system")}).`;
  const leftOut = notAssessed > 0 ? ` (${notAssessed} not assessed: memory or used size missing)` : "";
  const systemsPart =
    meetingEvery === withHost ? "Every system meets its RPO and RTO in every scenario" : `${meetingEvery} of ${withHost} systems meet their RPO and RTO in every scenario${leftOut}`;
  if (functionsOverMtd === 0) return meetingEvery === withHost ? `${systemsPart}, and no function exceeds its MTD.` : `${systemsPart}.`;
  return `${systemsPart}; ${count(functionsOverMtd, "function")} ${functionsOverMtd === 1 ? "exceeds its" : "exceed their"} MTD in at least one scenario.`;
}
