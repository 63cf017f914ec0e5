/**
 * The test schedule of a plan ("untested plans are no plans"): when it was last tested, when the
 * next test is due, and which disaster scenarios were never tested or not within the cadence.
 * Pure: the caller passes `now`, so the rules are testable with fixed dates.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * never: no test yet; overdue: the last test is older than the cadence; failed: within the
 * cadence, but the last test failed (a failed test shows the plan does not work yet, so it does
 * not count as tested); current: the last test, within the cadence, did not fail.
 */
export type ScheduleStatus = "never" | "overdue" | "failed" | "current";

export type ScheduleInput = {
  cadenceDays: number;
  /** `failed`: the test's result was "failed". */
  exercises: { conductedOn: Date; scenarioIds: readonly string[]; failed?: boolean }[];
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
};

export type Schedule = {
  cadenceDays: number;
  lastTestedOn: Date | null;
  /** The last test plus the cadence; null when never tested (a test is due now). */
  nextDueOn: Date | null;
  status: ScheduleStatus;
  /** Whole days from now to the due date; negative when overdue; null when never tested. */
  daysUntilDue: number | null;
  scenarios: ScenarioSchedule[];
};

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function latest(dates: Date[]): Date | null {
  return dates.reduce<Date | null>((max, d) => (max === null || d > max ? d : max), null);
}

type Past = ScheduleInput["exercises"][number];

/** A day's tests failed when none of that day's tests (a failed one and its re-run, say) passed. */
function statusOf(tests: Past[], cadenceDays: number, now: Date): ScheduleStatus {
  const lastTestedOn = latest(tests.map((test) => test.conductedOn));
  if (!lastTestedOn) return "never";
  if (now.getTime() > addDays(lastTestedOn, cadenceDays).getTime()) return "overdue";
  const lastDay = tests.filter((test) => test.conductedOn.getTime() === lastTestedOn.getTime());
  return lastDay.every((test) => test.failed) ? "failed" : "current";
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
    scenarios: scenarios.map((scenario) => {
      const covering = past.filter((e) => e.scenarioIds.includes(scenario.id));
      const last = latest(covering.map((e) => e.conductedOn));
      return {
        ...scenario,
        lastTestedOn: last,
        nextDueOn: last ? addDays(last, cadenceDays) : null,
        status: statusOf(covering, cadenceDays, now),
      };
    }),
  };
}

/** An open finding is overdue once its due date (a calendar day) has fully passed. */
export function isFindingOverdue(finding: { status: string; dueOn: Date | null }, now: Date): boolean {
  if (finding.status === "closed" || !finding.dueOn) return false;
  return now.getTime() >= addDays(finding.dueOn, 1).getTime();
}
