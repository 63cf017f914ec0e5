/**
 * The test schedule of a plan ("untested plans are no plans"): when it was last tested, when the
 * next test is due, and which disaster scenarios were never tested or not within the cadence.
 * Pure: the caller passes `now`, so the rules are testable with fixed dates.
 */
import type { TestTargets } from "@/lib/exercises/target-check";
import { DAY_MS, utcDay } from "@/lib/days";

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
  /** `failed`: the test's result was "failed"; `targets`: its measured restores held against their systems' targets today. */
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
  /**
   * The measured restores of the last day's tests against today's targets, how many miss one and
   * which (and how many of those met the targets of their time); null when never tested.
   */
  lastTargets: TestTargets | null;
};

/**
 * When the next test is due: the earliest due among the plan and its scenarios. The plan's own due
 * date runs from its latest test, whatever that covered, so a test of one scenario would otherwise
 * put the headline a year away over scenarios never tested or stale.
 */
export type NextDue = {
  /** A test is due now: the plan or one of its scenarios was never tested, or a due date has passed. */
  now: boolean;
  /** The earliest due date; null when the plan or one of its scenarios was never tested. */
  on: Date | null;
  /** Calendar days (UTC) from today to `on`: 0 on the day itself, negative when overdue; null with `on`. */
  daysUntil: number | null;
  /** The earliest due date already passed (the plan's or a scenario's), if any. */
  overdueSince: Date | null;
  /** The scenarios never tested and those past their due date, by name, in the scenarios' order. */
  neverTested: string[];
  overdue: string[];
  /** The scenarios due on `on` when that is before the plan's own due date, by name. */
  first: string[];
};

export type Schedule = {
  cadenceDays: number;
  lastTestedOn: Date | null;
  /** The plan's own: its last test plus the cadence; null when never tested. The headline reads `due`. */
  nextDueOn: Date | null;
  status: ScheduleStatus;
  /** Calendar days (UTC) from today to the plan's own due date; negative when overdue; null when never tested. */
  daysUntilDue: number | null;
  lastTargets: TestTargets | null;
  scenarios: ScenarioSchedule[];
  due: NextDue;
};

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function latest(dates: Date[]): Date | null {
  return dates.reduce<Date | null>((max, d) => (max === null || d > max ? d : max), null);
}

type Past = ScheduleInput["exercises"][number];

function lastDayOf<T extends Past>(tests: readonly T[]): T[] {
  const lastTestedOn = latest(tests.map((test) => test.conductedOn));
  return lastTestedOn ? tests.filter((test) => test.conductedOn.getTime() === lastTestedOn.getTime()) : [];
}

/**
 * A day's tests failed when none of that day's tests (a failed one and its re-run, say) passed.
 * `today` is the UTC day: a due date is a calendar day, kept until it has passed whole.
 */
function statusOf(tests: Past[], cadenceDays: number, today: Date): ScheduleStatus {
  const lastDay = lastDayOf(tests);
  if (lastDay.length === 0) return "never";
  if (today.getTime() > addDays(lastDay[0].conductedOn, cadenceDays).getTime()) return "overdue";
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
      metThen: sum.metThen + (test.targets?.metThen ?? 0),
      notMeasured: sum.notMeasured + (test.targets?.notMeasured ?? 0),
    }),
    { checked: 0, missed: 0, misses: [], metThen: 0, notMeasured: 0 },
  );
}

/** Calendar days from today (a UTC midnight) to a due day: 1 the day before it, 0 on it. */
const daysFrom = (today: Date, date: Date) => Math.round((date.getTime() - today.getTime()) / DAY_MS);

/** A test recorded with a date still to come has not happened yet: it proves nothing today. */
function pastOf<T extends Past>(exercises: readonly T[], now: Date): T[] {
  return exercises.filter((exercise) => exercise.conductedOn.getTime() <= now.getTime());
}

/**
 * The earliest due among the plan and its scenarios (the scenarios' table's "Next due" column):
 * one never tested is due now, as is one whose due day has passed (before `today`, a UTC day).
 */
function nextDue(plan: { nextDueOn: Date | null }, scenarios: readonly ScenarioSchedule[], today: Date): NextDue {
  const entries = [plan, ...scenarios];
  const dated = entries.map((e) => e.nextDueOn).filter((d): d is Date => d !== null);
  const on = dated.length === entries.length ? dated.reduce((min, d) => (d < min ? d : min)) : null;
  const passed = dated.filter((d) => d.getTime() < today.getTime());
  const planOn = plan.nextDueOn?.getTime();
  return {
    now: on === null || passed.length > 0,
    on,
    daysUntil: on ? daysFrom(today, on) : null,
    overdueSince: passed.length ? passed.reduce((min, d) => (d < min ? d : min)) : null,
    neverTested: scenarios.filter((s) => s.status === "never").map((s) => s.name),
    overdue: scenarios.filter((s) => s.status === "overdue").map((s) => s.name),
    first: on && planOn !== undefined && on.getTime() < planOn ? scenarios.filter((s) => s.nextDueOn?.getTime() === on.getTime()).map((s) => s.name) : [],
  };
}

export function testSchedule({ cadenceDays, exercises, scenarios, now }: ScheduleInput): Schedule {
  // Tests and due dates are calendar days: the due day is on time all day, not only at its midnight.
  const today = utcDay(now);
  const past = pastOf(exercises, now);
  const lastTestedOn = latest(past.map((exercise) => exercise.conductedOn));
  const nextDueOn = lastTestedOn ? addDays(lastTestedOn, cadenceDays) : null;
  const perScenario = scenarios.map((scenario) => {
    const covering = past.filter((e) => e.scenarioIds.includes(scenario.id));
    const last = latest(covering.map((e) => e.conductedOn));
    return {
      ...scenario,
      lastTestedOn: last,
      nextDueOn: last ? addDays(last, cadenceDays) : null,
      status: statusOf(covering, cadenceDays, today),
      lastTargets: targetsOf(covering),
    };
  });
  return {
    cadenceDays,
    lastTestedOn,
    nextDueOn,
    status: statusOf(past, cadenceDays, today),
    daysUntilDue: nextDueOn ? daysFrom(today, nextDueOn) : null,
    lastTargets: targetsOf(past),
    scenarios: perScenario,
    due: nextDue({ nextDueOn }, perScenario, today),
  };
}

/**
 * The tests whose measured restores a schedule reads: the last day's of the plan and of each
 * scenario. A loader need hold only these against their targets; older restores never show.
 */
export function lastDayTests<T extends Past>(exercises: readonly T[], scenarioIds: readonly string[], now: Date): T[] {
  const past = pastOf(exercises, now);
  return [...new Set([...lastDayOf(past), ...scenarioIds.flatMap((id) => lastDayOf(past.filter((e) => e.scenarioIds.includes(id))))])];
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
