import type { StoredOutcome } from "@/lib/recovery/stored-outcomes";
import { outcomeWords } from "@/lib/recovery/recovery-outcome";
import type { Schedule } from "@/lib/exercises/schedule";
import { formatDay, formatInstant } from "@/lib/days";
import { count } from "@/lib/count";
import { fewNames, scenarioNames } from "@/lib/exercises/schedule-words";

/**
 * What the plan list says of each plan for an executive at a glance (pure): whether its business
 * could recover, as last assessed, and the tests and findings that are overdue. An assessment of
 * an earlier content revision is still said, as out of date: the plan has changed since.
 */
export function recoveryGlance(stored: StoredOutcome | undefined, contentRevision: number): string {
  if (!stored) return "Recovery: not assessed yet. Opening the plan assesses it.";
  // Counted before systems without a target were told apart from those that miss theirs.
  if (!stored.outcome) return "Recovery: not assessed since Continuity was updated. Opening the plan assesses it again.";
  const asOf = `As of ${formatInstant(stored.assessedAt)}`;
  const when = contentRevision > stored.contentRevision ? `${asOf}; the plan has changed since. Opening the plan assesses it again.` : `${asOf}.`;
  return `Recovery: ${outcomeWords(stored.outcome)} ${when}`;
}

/**
 * What is wrong with the plan's testing, then its findings past their due day: a plan tested once
 * must not read as fine while its other scenarios never were, are stale, or its last test misses a
 * target today (the rule the Tests page and the tests stage use: each scenario's last day's tests).
 * Scenarios are named when there are few; the plan's own overdue test says its stale scenarios.
 */
export function overdueGlance({ schedule, overdueFindings }: { schedule: Pick<Schedule, "status" | "nextDueOn" | "due" | "scenarios" | "lastTargets">; overdueFindings: number }): string[] {
  const { status, due, scenarios } = schedule;
  const some = (names: readonly string[], what: string) => {
    const few = fewNames(names);
    return `${names.length} of ${count(scenarios.length, "scenario")} ${what}${few ? `: ${few}` : ""}.`;
  };
  // A last test that met the targets of its time, tightened since, is no evidence for today's either.
  const short = scenarios.filter((s) => s.lastTargets?.missed);
  const missed = short.filter((s) => s.lastTargets!.metThen < s.lastTargets!.missed).map((s) => s.name);
  const tightened = short.filter((s) => s.lastTargets!.metThen === s.lastTargets!.missed).map((s) => s.name);
  const last = schedule.lastTargets;
  return [
    status === "never" ? "Never tested." : null,
    status === "overdue" && schedule.nextDueOn ? `Test overdue since ${formatDay(schedule.nextDueOn)}.` : null,
    status === "failed" ? "Last test failed." : null,
    status !== "never" && due.neverTested.length ? some(due.neverTested, "never tested") : null,
    // The plan's own overdue test says its tested scenarios are stale too.
    status !== "overdue" && due.overdue.length && due.overdueSince ? some(due.overdue, `overdue since ${formatDay(due.overdueSince)}`) : null,
    missed.length ? `Last ${missed.length === 1 ? "test" : "tests"} of ${scenarioNames(missed)} missed a target.` : null,
    tightened.length ? `Last ${tightened.length === 1 ? "test" : "tests"} of ${scenarioNames(tightened)} ${tightened.length === 1 ? "predates" : "predate"} a tighter target.` : null,
    !short.length && last?.missed ? (last.metThen === last.missed ? "Last test predates a tighter target." : "Last test missed a target.") : null,
    overdueFindings > 0 ? `${count(overdueFindings, "finding")} overdue.` : null,
  ].filter((line): line is string => line !== null);
}
