/**
 * The test schedule in words, for the Tests page, the overview, the plan list and the PDF alike
 * (pure): when the next test is due and the status badge that goes with it.
 */
import type { Schedule } from "@/lib/exercises/schedule";
import { formatDay } from "@/lib/days";
import { andList, count } from "@/lib/count";
import { shortfallWords } from "@/lib/exercises/target-check";

// Scenarios named in a headline or on the plan list; more are counted (the Tests page's table names them all).
const NAMED = 2;

/** "Ransomware" or "Practice lost and Ransomware"; null when there are more than a line can name. */
export function fewNames(names: readonly string[]): string | null {
  return names.length <= NAMED ? andList(names) : null;
}

/** The scenarios by name when few ("Practice lost and Ransomware"), else counted ("3 scenarios"). */
export function scenarioNames(names: readonly string[]): string {
  return fewNames(names) ?? count(names.length, "scenario");
}

/** "2 scenarios never tested (Practice lost, Ransomware)": a count, what, and the names when few (the Tests page's, and the reminders'). */
export function counted(names: readonly string[], what: string): string {
  return `${count(names.length, "scenario")} ${what}${names.length <= NAMED ? ` (${names.join(", ")})` : ""}`;
}

/**
 * Why a test is due now, the plan having been tested: its scenarios never tested, then those past
 * their due date (or the plan itself, when none of its scenarios was tested). Empty when none is due.
 */
export function dueNowReasons({ due, scenarios }: Pick<Schedule, "due" | "scenarios">): string[] {
  const since = due.overdueSince ? formatDay(due.overdueSince) : null;
  return [
    due.neverTested.length ? counted(due.neverTested, "never tested") : null,
    since && due.overdue.length ? counted(due.overdue, `overdue since ${since}`) : null,
    since && !due.overdue.length ? `${scenarios.length ? "the plan " : ""}overdue since ${since}` : null,
  ].filter((reason): reason is string => reason !== null);
}

/**
 * The "Next test due" headline: the earliest due among the plan and its scenarios, so it agrees
 * with the scenario table below it. "Now: 2 scenarios never tested (Practice lost, Ransomware)",
 * "Now: overdue since 28 Oct 2026", "25 Nov 2027 (in 362 days)", or "25 May 2027 (in 180 days),
 * for Ransomware" when a scenario is due before the plan's own date.
 */
export function nextDueWords(schedule: Pick<Schedule, "status" | "due" | "scenarios">): string {
  const { due } = schedule;
  if (schedule.status === "never") return "Now: the plan has never been tested";
  if (due.now || !due.on || due.daysUntil === null) return `Now: ${dueNowReasons(schedule).join("; ")}`;
  return `${formatDay(due.on)} (in ${count(due.daysUntil, "day")})${due.first.length ? `, for ${scenarioNames(due.first)}` : ""}`;
}

const STATUS_LABEL = { never: "Never tested", overdue: "Test overdue", failed: "Not tested successfully: the last test failed" } as const;

/**
 * The schedule's status badge, its colour agreeing with the headline beside it: red whenever a test
 * is due now (never tested, overdue, or a scenario never tested or stale) or the last test failed;
 * amber when the plan is tested within its cadence but a scenario's last test failed or the last
 * test's restores missed their targets, rather than green over a table saying so; green otherwise.
 */
export function scheduleStatus(schedule: Pick<Schedule, "status" | "due" | "scenarios" | "lastTargets">): { label: string; tone: "red" | "amber" | "green" } {
  if (schedule.status !== "current") return { label: STATUS_LABEL[schedule.status], tone: "red" };
  const failed = schedule.scenarios.filter((scenario) => scenario.status === "failed").length;
  const targets = schedule.lastTargets;
  const caveats = [
    failed > 0 ? `last test failed for ${failed} of ${count(schedule.scenarios.length, "scenario")}` : null,
    targets?.missed ? `in the last test, ${shortfallWords(targets)}` : null,
  ].filter((c): c is string => c !== null);
  if (schedule.due.now) return { label: ["Test due now", ...caveats].join("; "), tone: "red" };
  return caveats.length ? { label: ["Tested within cadence", ...caveats].join("; "), tone: "amber" } : { label: "Tested within cadence", tone: "green" };
}
