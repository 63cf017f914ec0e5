/**
 * The test schedule of a plan ("untested plans are no plans"): when it was last tested, when the
 * next test is due, and which disaster scenarios were never tested or not within the cadence.
 * Pure: the caller passes `now`, so the rules are testable with fixed dates.
 */
import type { TestTargets } from "@/lib/exercises/target-check";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * never: no test yet; overdue: the last test is older than the cadence; failed: within the
 * cadence, but the last test failed (a failed test shows the plan does not work yet, so it does
 * not count as tested); current: the last test, within the cadence, did not fail. Whether that
 * test's measured restores met their targets is a separate question (`lastTargets`): a test
 * within the cadence is not a success when its restores missed their targets.
 */
export type ScheduleStatus = "never" | "overdue" | "failed" | "current";

export type ScheduleInput = {
  cadenceDays: number;
  /** `failed`: the test's result was "failed"; `targets`: its measured restores held against their systems' targets. */
  exercises: { conductedOn: Date; scenarioIds: readonly string[]; failed?: boolean; targets?: TestTargets }[];
  scenarios: { id: string; key: string; name: string }[];
  now: Date;
};

export type ScenarioSchedule = {
  id: string;
  key: string;
  name: string;
  lastTestedOn: Date | null;
  nextDueOn: Date | null;
  status: ScheduleStatus;
  /** The measured restores of the last day's tests, how many missed a target and which; null when never tested. */
  lastTargets: TestTargets | null;
};

export type Schedule = {
  cadenceDays: number;
  lastTestedOn: Date | null;
  /** The last test plus the cadence; null when never tested (a test is due now). */
  nextDueOn: Date | null;
  status: ScheduleStatus;
  /** Whole days from now to the due date; negative when overdue; null when never tested. */
  daysUntilDue: number | null;
  lastTargets: TestTargets | null;
  scenarios: ScenarioSchedule[];
};

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function latest(dates: Date[]): Date | null {
  return dates.reduce<Date | null>((max, d) => (max === null || d > max ? d : max), null);
}

type Past = ScheduleInput["exercises"][number];

function lastDayOf(tests: Past[]): Past[] {
  const lastTestedOn = latest(tests.map((test) => test.conductedOn));
  return lastTestedOn ? tests.filter((test) => test.conductedOn.getTime() === lastTestedOn.getTime()) : [];
}

/** A day's tests failed when none of that day's tests (a failed one and its re-run, say) passed. */
function statusOf(tests: Past[], cadenceDays: number, now: Date): ScheduleStatus {
  const lastDay = lastDayOf(tests);
  if (lastDay.length === 0) return "never";
  if (now.getTime() > addDays(lastDay[0].conductedOn, cadenceDays).getTime()) return "overdue";
  return lastDay.every((test) => test.failed) ? "failed" : "current";
}

/**
 * Every measured restore of the last day's tests: unlike a failed result, a miss is not made good
 * by another test that day passing, since that test may have restored other systems.
 */
function targetsOf(tests: Past[]): TestTargets | null {
  const lastDay = lastDayOf(tests);
  if (lastDay.length === 0) return null;
  return lastDay.reduce<TestTargets>(
    (sum, test) => ({
      checked: sum.checked + (test.targets?.checked ?? 0),
      missed: sum.missed + (test.targets?.missed ?? 0),
      misses: [...sum.misses, ...(test.targets?.misses ?? [])],
    }),
    { checked: 0, missed: 0, misses: [] },
  );
}

export function testSchedule({ cadenceDays, exercises, scenarios, now }: ScheduleInput): Schedule {
  // A test recorded with a date still to come has not happened yet: it proves nothing today.
  const past = exercises.filter((exercise) => exercise.conductedOn.getTime() <= now.getTime());
  const lastTestedOn = latest(past.map((exercise) => exercise.conductedOn));
  const nextDueOn = lastTestedOn ? addDays(lastTestedOn, cadenceDays) : null;
  return {
    cadenceDays,
    lastTestedOn,
    nextDueOn,
    status: statusOf(past, cadenceDays, now),
    daysUntilDue: nextDueOn ? Math.floor((nextDueOn.getTime() - now.getTime()) / DAY_MS) : null,
    lastTargets: targetsOf(past),
    scenarios: scenarios.map((scenario) => {
      const covering = past.filter((e) => e.scenarioIds.includes(scenario.id));
      const last = latest(covering.map((e) => e.conductedOn));
      return {
        ...scenario,
        lastTestedOn: last,
        nextDueOn: last ? addDays(last, cadenceDays) : null,
        status: statusOf(covering, cadenceDays, now),
        lastTargets: targetsOf(covering),
      };
    }),
  };
}

/** An open finding is overdue once its due date (a calendar day) has fully passed. */
export function isFindingOverdue(finding: { status: string; dueOn: Date | null }, now: Date): boolean {
  if (finding.status === "closed" || !finding.dueOn) return false;
  return now.getTime() >= addDays(finding.dueOn, 1).getTime();
}

/** Tested within the cadence, the last test did not fail and none of its measured restores missed a target. */
export function testedSuccessfully(entry: { status: ScheduleStatus; lastTargets: { missed: number } | null }): boolean {
  return entry.status === "current" && !entry.lastTargets?.missed;
}
