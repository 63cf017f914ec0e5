import { isFindingOverdue, testedSuccessfully, type Schedule } from "@/lib/exercises/schedule";
import { lastTestWords } from "@/lib/exercises/target-check";
import { formatDay } from "@/lib/days";
import { count, fewOf } from "@/lib/count";

/**
 * How complete the "tests" stage of a plan is (0–100):
 * - never tested: 0 (the overview says "This plan has never been tested.");
 * - 50 for a test within the cadence that did not fail (0 of these 50 when overdue or failed);
 * - 25 × the share of the plan's scenarios tested successfully: their last test, within the cadence,
 *   did not fail and none of its measured restores missed a target (all 25 with no scenarios); a
 *   scenario whose last test missed one is not counted, or the figure would read 100% over a line
 *   saying that test missed;
 * - 25 × the share of open findings that are not past their due date (all 25 with none open).
 */
export function testsCompleteness(
  schedule: Pick<Schedule, "status" | "scenarios">,
  openFindings: { status: string; dueOn: Date | null }[],
  now: Date,
): number {
  if (schedule.status === "never") return 0;
  const current = schedule.status === "current" ? 50 : 0;
  const scenarios = schedule.scenarios.length
    ? (25 * schedule.scenarios.filter(testedSuccessfully).length) / schedule.scenarios.length
    : 25;
  const findings = openFindings.length
    ? (25 * openFindings.filter((f) => !isFindingOverdue(f, now)).length) / openFindings.length
    : 25;
  return Math.round(current + scenarios + findings);
}

/**
 * What the tests stage still lacks, in the order of the figures above. A scenario whose last test
 * met its targets then, but not today's tighter ones, is tested again like one that missed them:
 * that test is no evidence the plan meets its targets now (decision 45); the line says which.
 */
export function testsTodo(schedule: Pick<Schedule, "status" | "scenarios">, openFindings: { status: string; dueOn: Date | null }[], now: Date): string[] {
  if (schedule.status === "never") return [];
  const behind = schedule.scenarios.filter((s) => s.status !== "current").length;
  const missed = schedule.scenarios.filter((s) => s.status === "current" && !testedSuccessfully(s));
  const overdue = openFindings.filter((f) => isFindingOverdue(f, now)).length;
  return [
    schedule.status === "overdue" ? "Test the plan again: the last test is older than the cadence." : null,
    schedule.status === "failed" ? "Test the plan again: the last test failed." : null,
    behind > 0 ? `Test ${count(behind, "scenario")} within the cadence.` : null,
    ...missed.map((s) => `Test ${s.name} again: its last test (${formatDay(s.lastTestedOn!)}) ${lastTestWords(s.lastTargets?.misses ?? [])}.`),
    overdue > 0 ? `Close or re-plan ${count(overdue, "finding")} past ${overdue === 1 ? "its" : "their"} due date.` : null,
  ].filter((t): t is string => t !== null);
}

/**
 * Scenarios whose last test missed nothing but did not measure the data lost of a restore held
 * against an RPO (decision 71): never said to have met their targets, here and in the report alike.
 */
export function notJudgedWords(scenarios: readonly string[]): string {
  return `The last test of ${count(scenarios.length, "scenario")} did not measure the data lost, so the RPO is not judged: ${fewOf(scenarios)}.`;
}

/**
 * What the plan's tests found, beside the stage's figure: whether each scenario's last test held
 * its measured restores within their systems' targets today. The figure leaves out the scenarios
 * whose last test misses; this line names them, apart from those whose last test met the targets
 * of its time, tightened since, and says so when every measured restore meets its target; one whose
 * last test did not measure the data lost is named apart, never as met. Null when no last test
 * measured a restore, so there is nothing to say.
 */
export function testsOutcome(schedule: Pick<Schedule, "scenarios">): string | null {
  const measured = schedule.scenarios.filter((s) => (s.lastTargets?.checked ?? 0) + (s.lastTargets?.notMeasured ?? 0) > 0);
  if (!measured.length) return null;
  const short = measured.filter((s) => (s.lastTargets?.missed ?? 0) > 0);
  // A restore whose data lost was not measured missed nothing, but met no RPO either (decision 71).
  const unjudged = measured.filter((s) => !s.lastTargets!.missed && s.lastTargets!.notMeasured > 0);
  const met = measured.filter((s) => !s.lastTargets!.missed && !s.lastTargets!.notMeasured);
  const tightened = short.filter((s) => s.lastTargets!.metThen === s.lastTargets!.missed).map((s) => s.name);
  const missed = short.filter((s) => s.lastTargets!.metThen < s.lastTargets!.missed).map((s) => s.name);
  return [
    met.length && !short.length ? `The measured restores of ${met.length === 1 ? "the last test of 1 scenario" : `the last tests of ${met.length} scenarios`} met their targets.` : null,
    missed.length ? `The last test of ${count(missed.length, "scenario")} restored a system slower or with more data lost than its targets allow: ${fewOf(missed)}.` : null,
    tightened.length ? `The last test of ${count(tightened.length, "scenario")} met targets that have been tightened since: ${fewOf(tightened)}.` : null,
    unjudged.length ? notJudgedWords(unjudged.map((s) => s.name)) : null,
  ]
    .filter((sentence): sentence is string => sentence !== null)
    .join(" ");
}
