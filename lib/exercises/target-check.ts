/**
 * A measured restore held against the restored system's targets: did the restore come back within
 * its RTO, and was the data lost within its RPO? The targets are the system's effective ones, as
 * the recovery pages use them (lib/priorities/effective-targets.ts: the tightest of the functions
 * that use it, the RTO also from the systems that depend on it). A test's record holds a restore
 * against those in force when it was recorded, the schedule against today's (decision 45). Pure,
 * so the test page, its list, the schedule and the PDF say the same thing.
 */
import { formatDuration } from "@/lib/durations";
import { count, fewOf } from "@/lib/count";
import { EXERCISE_RESULT_LABELS, type EXERCISE_RESULTS } from "@/lib/exercises/schemas";

export type SystemTargets = { rtoMinutes: number | null; rpoMinutes: number | null };

/**
 * One target and what was measured against it; `missedBy` is 0 when the target was met or nothing
 * was measured. `measured` null: not measured (a restore's data lost left blank, decision 71).
 */
export type TargetCheck = { target: number; measured: number | null; missedBy: number };

/** null for a target the system does not have: nothing to hold the measurement against. */
export type MeasurementCheck = { rto: TargetCheck | null; rpo: TargetCheck | null };

/** `dataLossMinutes` null: the data lost was not measured, which is never "none lost". */
export type Measured = { restoreMinutes: number; dataLossMinutes: number | null };

function against(measured: number | null, target: number | null): TargetCheck | null {
  if (target === null) return null;
  return { target, measured, missedBy: measured === null ? 0 : Math.max(0, measured - target) };
}

/**
 * The verdict of one target, the one rule every page, list, schedule and report reads: met only
 * when something was measured within it; a target with nothing measured against it is neither met
 * nor missed (decision 71).
 */
export function targetOutcome(check: TargetCheck): "met" | "missed" | "not-measured" {
  if (check.measured === null) return "not-measured";
  return check.missedBy > 0 ? "missed" : "met";
}

const notMeasured = (check: TargetCheck | null) => check !== null && targetOutcome(check) === "not-measured";

export function checkMeasurement(measured: Measured, targets: SystemTargets): MeasurementCheck {
  return { rto: against(measured.restoreMinutes, targets.rtoMinutes), rpo: against(measured.dataLossMinutes, targets.rpoMinutes) };
}

export const missedTarget = (check: MeasurementCheck) => Boolean(check.rto?.missedBy || check.rpo?.missedBy);

/**
 * The targets a measured restore was recorded with (decision 45): the system's effective ones at
 * that moment, null for one it did not have. `targetsRecorded` false, or absent (a version frozen
 * before they were kept): recorded before they were kept, so unknown.
 */
export type RecordedTargets = { targetsRecorded?: boolean; rtoTargetMinutes?: number | null; rpoTargetMinutes?: number | null };

/**
 * A measured restore judged twice. `check`: against the targets in force when it was recorded,
 * what its test's record says (today's where those were not recorded); `today`: against today's,
 * what the schedule and the tests stage say; `recorded`: whether the targets of the time are known.
 */
export type Verdict = { check: MeasurementCheck; today: MeasurementCheck; recorded: boolean };

export function judgeMeasurement(measurement: Measured & RecordedTargets, today: SystemTargets): Verdict {
  const now = checkMeasurement(measurement, today);
  if (!measurement.targetsRecorded) return { check: now, today: now, recorded: false };
  const then = { rtoMinutes: measurement.rtoTargetMinutes ?? null, rpoMinutes: measurement.rpoTargetMinutes ?? null };
  return { check: checkMeasurement(measurement, then), today: now, recorded: true };
}

/**
 * Measured restores held against at least one target they measured, those of them that missed
 * one, and `notMeasured`, those with an RPO whose data lost was not measured: judged neither way.
 */
export type TargetTally = { checked: number; missed: number; notMeasured: number };

export function tallyChecks(checks: readonly MeasurementCheck[]): TargetTally {
  return {
    checked: checks.filter((c) => c.rto || (c.rpo && !notMeasured(c.rpo))).length,
    missed: checks.filter(missedTarget).length,
    notMeasured: checks.filter((c) => notMeasured(c.rpo)).length,
  };
}

/**
 * One target a measured restore missed today, with its system's name: what a sentence about the
 * miss names. `since`: the restore met the target in force when it was recorded (`then`, null for
 * none), so the miss comes only from a target set or tightened since, to `today`.
 */
export type TargetMiss = { system: string; target: "RTO" | "RPO"; missedBy: number; since?: { then: number | null; today: number } };

/**
 * A test's measured restores against today's targets, as the schedule keeps them: the tally, each
 * target missed by system, so what the tests stage lacks can name them, and `metThen`, how many of
 * the restores that missed met every target of their time (they miss only targets tightened since).
 */
export type TestTargets = TargetTally & { misses: TargetMiss[]; metThen: number };

const targetOf = (check: MeasurementCheck, kind: "RTO" | "RPO") => (kind === "RTO" ? check.rto : check.rpo);

function missesOf(system: string, { today, check, recorded }: Verdict): TargetMiss[] {
  return (["RTO", "RPO"] as const).flatMap((target) => {
    const now = targetOf(today, target);
    if (!now?.missedBy) return [];
    const then = targetOf(check, target);
    const since = recorded && !then?.missedBy ? { since: { then: then?.target ?? null, today: now.target } } : {};
    return [{ system, target, missedBy: now.missedBy, ...since }];
  });
}

export function testTargets(verdicts: readonly { system: string; verdict: Verdict }[]): TestTargets {
  const missed = verdicts.map(({ system, verdict }) => missesOf(system, verdict));
  return {
    ...tallyChecks(verdicts.map((v) => v.verdict.today)),
    misses: missed.flat(),
    metThen: missed.filter((misses) => misses.length > 0 && misses.every((m) => m.since)).length,
  };
}

/**
 * "SQL01's RTO by 45 min, SQL01's RPO by 55 min and FILE01's RTO by 10 min": the misses in a
 * sentence, a system's target restored twice that day by its worse miss, at most five named.
 */
export function missesWords(misses: readonly TargetMiss[]): string {
  return fewOf(worstByTarget(misses).map((m) => `${m.system}'s ${m.target} by ${formatDuration(m.missedBy)}`));
}

/** Each system's target once, by its worse miss. */
function worstByTarget(misses: readonly TargetMiss[]): TargetMiss[] {
  const worst = new Map<string, TargetMiss>();
  for (const miss of misses) {
    const key = `${miss.system}\u0000${miss.target}`;
    if ((worst.get(key)?.missedBy ?? 0) < miss.missedBy) worst.set(key, miss);
  }
  return [...worst.values()];
}

// Targets tightened since a test, each a clause of its own, named up to this many.
const SINCE_NAMED = 3;

/**
 * What a last test's restores show against today's targets, for what the tests stage lacks:
 * "missed SQL01's RPO by 30 min; it met SQL01's RTO of 4 h then, but today's RTO is 2 h" (or
 * "restored SQL01 when it had no RTO, but today's RTO is 2 h"). A target a restore missed then too
 * is only a miss; one met then and tightened since says so, unless another restore missed it.
 */
export function lastTestWords(misses: readonly TargetMiss[]): string {
  const missed = misses.filter((m) => !m.since);
  const missedKeys = new Set(missed.map((m) => `${m.system}\u0000${m.target}`));
  const since = worstByTarget(misses.filter((m) => m.since && !missedKeys.has(`${m.system}\u0000${m.target}`)));
  const sinceWords = ({ system, target, since: change }: TargetMiss) => {
    const today = `but today's ${target} is ${formatDuration(change!.today)}`;
    return change!.then === null ? `restored ${system} when it had no ${target}, ${today}` : `met ${system}'s ${target} of ${formatDuration(change!.then)} then, ${today}`;
  };
  const more = since.length - SINCE_NAMED;
  return [
    missed.length ? `missed ${missesWords(missed)}` : null,
    ...since.slice(0, SINCE_NAMED).map(sinceWords),
    more > 0 ? `met ${count(more, "more target")} then that ${more === 1 ? "has" : "have"} been tightened since` : null,
  ]
    .filter((clause): clause is string => clause !== null)
    .join("; it ");
}

/**
 * A test's restores that miss today's targets, told apart by whether they met those of their
 * time: "1 measured restore missed its target", "1 measured restore met its target then, not
 * today's", or "2 measured restores missed their targets; 1 more met its target then, not today's".
 */
export function shortfallWords({ missed, metThen }: { missed: number; metThen: number }): string {
  const its = (n: number) => (n === 1 ? "its target" : "their targets");
  const before = missed - metThen;
  if (metThen === 0) return missedWords(missed);
  const tightened = `met ${its(metThen)} then, not today's`;
  return before > 0 ? `${missedWords(before)}; ${metThen} more ${tightened}` : `${count(metThen, "measured restore")} ${tightened}`;
}

/** How a target fared: "met", "missed by 45 min" or "data lost not measured". */
export function outcomeWords(check: TargetCheck): string {
  const outcome = targetOutcome(check);
  if (outcome === "not-measured") return "data lost not measured";
  return outcome === "missed" ? `missed by ${formatDuration(check.missedBy)}` : "met";
}

/** A table cell: "RTO 45 min: met", "RTO 45 min: missed by 45 min", "RPO 1 h: data lost not measured", or "No RTO set". */
export function targetWords(kind: "RTO" | "RPO", check: TargetCheck | null): string {
  if (!check) return `No ${kind} set`;
  return `${kind} ${formatDuration(check.target)}: ${outcomeWords(check)}`;
}

/**
 * What a miss means, a sentence a target: "This restore took 1 h 30 min, 45 min longer than
 * COLD-MON's RTO of 45 min." and "It lost 1 h of data, 55 min more than COLD-MON's RPO of 5 min."
 * (or "This restore lost …" when only the RPO was missed). Empty when every target was met. A
 * target named in `atTheTime` is one that has changed since: "… COLD-MON's RTO of 45 min at the time."
 */
export function missSentences(system: string, check: MeasurementCheck, atTheTime: ReadonlySet<"RTO" | "RPO"> = new Set()): string[] {
  const { rto, rpo } = check;
  const when = (kind: "RTO" | "RPO") => (atTheTime.has(kind) ? " at the time" : "");
  const slow =
    rto && rto.missedBy > 0
      ? `This restore took ${formatDuration(rto.measured)}, ${formatDuration(rto.missedBy)} longer than ${system}'s RTO of ${formatDuration(rto.target)}${when("RTO")}.`
      : null;
  const lossy =
    rpo && rpo.missedBy > 0
      ? `${slow ? "It" : "This restore"} lost ${formatDuration(rpo.measured)} of data, ${formatDuration(rpo.missedBy)} more than ${system}'s RPO of ${formatDuration(rpo.target)}${when("RPO")}.`
      : null;
  return [slow, lossy].filter((s): s is string => s !== null);
}

/**
 * Beside the miss sentences when a restore is added: "The data lost was not measured, so
 * COLD-MON's RPO of 5 min is not judged." Null when the RPO was judged or there is none.
 */
export function notJudgedSentence(system: string, check: MeasurementCheck): string | null {
  if (!notMeasured(check.rpo)) return null;
  return `The data lost was not measured, so ${system}'s RPO of ${formatDuration(check.rpo!.target)} is not judged.`;
}

/** A restore's data lost as a figure: "30 min", "0 min", or "Not measured" (never read as none). */
export function dataLostWords(minutes: number | null): string {
  return minutes === null ? "Not measured" : formatDuration(minutes);
}

/** "1 measured restore did not measure the data lost": restores whose RPO is judged neither way. */
export function notMeasuredWords(notMeasured: number): string {
  return `${count(notMeasured, "measured restore")} did not measure the data lost`;
}

/** "1 measured restore missed its target", "2 measured restores missed their targets". */
export function missedWords(missed: number): string {
  return `${count(missed, "measured restore")} missed ${missed === 1 ? "its target" : "their targets"}`;
}

/**
 * Whether the last test's measured restores meet their systems' targets today, for a schedule's
 * table: a question apart from the cadence, so that "tested within cadence" never reads as "met
 * its targets". "Tightened since: …" when every miss is of a target the restore met then; "RPO not
 * judged: …" for restores whose data lost was not measured, never "Met" (decision 71). Null:
 * never tested.
 */
export function lastTargetsWords(targets: (TargetTally & { metThen: number }) | null): string {
  if (!targets) return "Not tested";
  const unjudged = targets.notMeasured ? `RPO not judged: ${notMeasuredWords(targets.notMeasured)}` : null;
  if (targets.missed) return [`${targets.metThen === targets.missed ? "Tightened since" : "Missed"}: ${shortfallWords(targets)}`, unjudged].filter(Boolean).join("; ");
  if (unjudged) return unjudged;
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
