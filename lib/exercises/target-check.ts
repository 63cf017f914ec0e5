/**
 * A measured restore held against the restored system's targets: did the restore come back within
 * its RTO, and was the data lost within its RPO? The targets are the system's effective ones, as
 * the recovery pages use them (lib/priorities/effective-targets.ts: the tightest of the functions
 * that use it, the RTO also from the systems that depend on it). Pure, so the test page, its list,
 * the schedule and the PDF say the same thing.
 */
import { formatDuration } from "@/lib/durations";
import { count, fewOf } from "@/lib/count";
import { EXERCISE_RESULT_LABELS, type EXERCISE_RESULTS } from "@/lib/exercises/schemas";

export type SystemTargets = { rtoMinutes: number | null; rpoMinutes: number | null };

/** One target and what was measured against it; `missedBy` is 0 when the target was met. */
export type TargetCheck = { target: number; measured: number; missedBy: number };

/** null for a target the system does not have: nothing to hold the measurement against. */
export type MeasurementCheck = { rto: TargetCheck | null; rpo: TargetCheck | null };

export type Measured = { restoreMinutes: number; dataLossMinutes: number };

function against(measured: number, target: number | null): TargetCheck | null {
  return target === null ? null : { target, measured, missedBy: Math.max(0, measured - target) };
}

export function checkMeasurement(measured: Measured, targets: SystemTargets): MeasurementCheck {
  return { rto: against(measured.restoreMinutes, targets.rtoMinutes), rpo: against(measured.dataLossMinutes, targets.rpoMinutes) };
}

export const missedTarget = (check: MeasurementCheck) => Boolean(check.rto?.missedBy || check.rpo?.missedBy);

/** Measured restores held against at least one target, and those of them that missed one. */
export type TargetTally = { checked: number; missed: number };

export function tallyChecks(checks: readonly MeasurementCheck[]): TargetTally {
  return { checked: checks.filter((c) => c.rto || c.rpo).length, missed: checks.filter(missedTarget).length };
}

/** One target a measured restore missed, with its system's name: what a sentence about the miss names. */
export type TargetMiss = { system: string; target: "RTO" | "RPO"; missedBy: number };

/**
 * A test's measured restores against their targets, as the schedule keeps them: the tally, and
 * each target missed by system, so what the tests stage lacks can name them.
 */
export type TestTargets = TargetTally & { misses: TargetMiss[] };

export function testTargets(checks: readonly { system: string; check: MeasurementCheck }[]): TestTargets {
  const misses = checks.flatMap(({ system, check }) =>
    (["RTO", "RPO"] as const).flatMap((target) => {
      const missedBy = (target === "RTO" ? check.rto : check.rpo)?.missedBy ?? 0;
      return missedBy > 0 ? [{ system, target, missedBy }] : [];
    }),
  );
  return { ...tallyChecks(checks.map((c) => c.check)), misses };
}

/**
 * "SQL01's RTO by 45 min, SQL01's RPO by 55 min and FILE01's RTO by 10 min": the misses in a
 * sentence, a system's target restored twice that day by its worse miss, at most five named.
 */
export function missesWords(misses: readonly TargetMiss[]): string {
  const worst = new Map<string, TargetMiss>();
  for (const miss of misses) {
    const key = `${miss.system}\u0000${miss.target}`;
    if ((worst.get(key)?.missedBy ?? 0) < miss.missedBy) worst.set(key, miss);
  }
  return fewOf([...worst.values()].map((m) => `${m.system}'s ${m.target} by ${formatDuration(m.missedBy)}`));
}

/** A table cell: "RTO 45 min: met", "RTO 45 min: missed by 45 min", or "No RTO set". */
export function targetWords(kind: "RTO" | "RPO", check: TargetCheck | null): string {
  if (!check) return `No ${kind} set`;
  return `${kind} ${formatDuration(check.target)}: ${check.missedBy > 0 ? `missed by ${formatDuration(check.missedBy)}` : "met"}`;
}

/**
 * What a miss means, a sentence a target: "This restore took 1 h 30 min, 45 min longer than
 * COLD-MON's RTO of 45 min." and "It lost 1 h of data, 55 min more than COLD-MON's RPO of 5 min."
 * (or "This restore lost …" when only the RPO was missed). Empty when every target was met.
 */
export function missSentences(system: string, check: MeasurementCheck): string[] {
  const { rto, rpo } = check;
  const slow = rto && rto.missedBy > 0 ? `This restore took ${formatDuration(rto.measured)}, ${formatDuration(rto.missedBy)} longer than ${system}'s RTO of ${formatDuration(rto.target)}.` : null;
  const lossy =
    rpo && rpo.missedBy > 0
      ? `${slow ? "It" : "This restore"} lost ${formatDuration(rpo.measured)} of data, ${formatDuration(rpo.missedBy)} more than ${system}'s RPO of ${formatDuration(rpo.target)}.`
      : null;
  return [slow, lossy].filter((s): s is string => s !== null);
}

/** "1 measured restore missed its target", "2 measured restores missed their targets". */
export function missedWords(missed: number): string {
  return `${count(missed, "measured restore")} missed ${missed === 1 ? "its target" : "their targets"}`;
}

/**
 * Whether the last test's measured restores met their systems' targets, for a schedule's table: a
 * question apart from the cadence, so that "tested within cadence" never reads as "met its
 * targets". Null: never tested.
 */
export function lastTargetsWords(targets: TargetTally | null): string {
  if (!targets) return "Not tested";
  if (targets.missed) return `Missed: ${missedWords(targets.missed)}`;
  return targets.checked ? "Met" : "No restore measured against a target";
}

/**
 * A result that reads as success over measured restores that missed their targets: "Passed, but 1
 * measured restore missed its target". Null when nothing missed or the test is recorded as failed.
 * The result stays as recorded: a test can meet its own success criteria (a tabletop, a first
 * restore to learn the timings) while a restore misses a target, whose lesson is a finding.
 */
export function resultFlag(result: (typeof EXERCISE_RESULTS)[number], missed: number): string | null {
  if (missed === 0 || result === "failed") return null;
  return `${EXERCISE_RESULT_LABELS[result]}, but ${missedWords(missed)}`;
}
