/**
 * A test's record in words (decision 45): each measured restore against the targets in force when
 * it was recorded, and, where today's differ, what it would show against them. A record kept
 * before the targets were recorded is held against today's and says so. Pure, so the test's page,
 * the tests list, the PDF's appendix and a deleted test's audit row say the same thing.
 */
import { formatDuration } from "@/lib/durations";
import { andList, count } from "@/lib/count";
import { missedTarget, missSentences, outcomeWords, targetOutcome, targetWords, type MeasurementCheck, type TargetCheck, type Verdict } from "@/lib/exercises/target-check";

type Kind = "RTO" | "RPO";
const KINDS = ["RTO", "RPO"] as const;

/**
 * Whose targets "today's" are: the app's pages speak of today's; a report speaks of its plan's,
 * since a version's report shows the plan as that version froze it.
 */
export type Now = "today's" | "this plan's";

const targetOf = (check: MeasurementCheck, kind: Kind): TargetCheck | null => (kind === "RTO" ? check.rto : check.rpo);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The targets of the time that differ from today's (none where the time's were not recorded). */
export function changedSince(verdict: Verdict): Set<Kind> {
  if (!verdict.recorded) return new Set();
  return new Set(KINDS.filter((kind) => (targetOf(verdict.check, kind)?.target ?? null) !== (targetOf(verdict.today, kind)?.target ?? null)));
}

/**
 * A table cell of the record: "RTO 4 h at the time: met" (or "No RTO at the time") where today's
 * target differs, else as the cell has always read ("RTO 4 h: met", "No RTO set").
 */
export function heldWords(kind: Kind, verdict: Verdict): string {
  const then = targetOf(verdict.check, kind);
  if (!changedSince(verdict).has(kind)) return targetWords(kind, then);
  return then ? `${kind} ${formatDuration(then.target)} at the time: ${outcomeWords(then)}` : `No ${kind} at the time`;
}

/**
 * Beside it, today's target and what this restore would show against it: "Today's RTO is 2 h:
 * this restore would miss it by 1 h." (or "… would meet it.", "… did not measure the data lost.",
 * "Today's targets have no RTO.").
 * Null where the target has not changed.
 */
export function todayWords(kind: Kind, verdict: Verdict, now: Now = "today's"): string | null {
  if (!changedSince(verdict).has(kind)) return null;
  const today = targetOf(verdict.today, kind);
  if (!today) return `${capital(now)} targets have no ${kind}.`;
  const outcome = targetOutcome(today);
  const would = outcome === "not-measured" ? "did not measure the data lost" : `would ${outcome === "missed" ? `miss it by ${formatDuration(today.missedBy)}` : "meet it"}`;
  return `${capital(now)} ${kind} is ${formatDuration(today.target)}: this restore ${would}.`;
}

/**
 * "Targets at the time were not recorded; held against today's RTO of 2 h and RPO of 15 min." (or
 * "…; today's targets have no RTO or RPO."). Null for a restore recorded with its targets.
 */
export function notRecordedWords(verdict: Verdict, now: Now = "today's"): string | null {
  if (verdict.recorded) return null;
  const held = KINDS.flatMap((kind) => {
    const today = targetOf(verdict.today, kind);
    return today ? [`${kind} of ${formatDuration(today.target)}`] : [];
  });
  return `Targets at the time were not recorded; ${held.length ? `held against ${now} ${andList(held)}` : `${now} targets have no RTO or RPO`}.`;
}

/**
 * What a restore's record says beyond its cells, for a line of text: "RTO 4 h at the time: met.
 * Today's RTO is 2 h: this restore would miss it by 1 h." for each target changed since, or
 * notRecordedWords. Empty when the targets of the time are today's.
 */
export function verdictNotes(verdict: Verdict, now: Now = "today's"): string[] {
  const unknown = notRecordedWords(verdict, now);
  if (unknown) return [unknown];
  return [...changedSince(verdict)].map((kind) => `${heldWords(kind, verdict)}. ${todayWords(kind, verdict, now)}`);
}

/** missSentences for the record: the misses of the time, a target changed since named "at the time". */
export function verdictMissSentences(system: string, verdict: Verdict): string[] {
  return missSentences(system, verdict.check, changedSince(verdict));
}

/**
 * Beside a test's result, when today's targets would judge its restores otherwise: "Against
 * today's targets, 1 measured restore would miss its target" or "Against today's targets, none of
 * its measured restores would miss one". Null when today's targets give each restore its verdict.
 */
export function todayFlag(verdicts: readonly Verdict[], now: Now = "today's"): string | null {
  if (!verdicts.some((v) => missedTarget(v.check) !== missedTarget(v.today))) return null;
  const missed = verdicts.filter((v) => missedTarget(v.today)).length;
  if (missed === 0) return `Against ${now} targets, none of its measured restores would miss one`;
  return `Against ${now} targets, ${count(missed, "measured restore")} would miss ${missed === 1 ? "its target" : "their targets"}`;
}
