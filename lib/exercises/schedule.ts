/**
 * The test schedule of a plan ("untested plans are no plans"): when it was last tested, when the
 * next test is due, and which disaster scenarios were never tested or not within the cadence.
 * Pure: the caller passes `now`, so the rules are testable with fixed dates.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export type ScheduleStatus = "never" | "overdue" | "current";

export type ScheduleInput = {
  cadenceDays: number;
  exercises: { conductedOn: Date; scenarioIds: readonly string[] }[];
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

function statusOf(lastTestedOn: Date | null, cadenceDays: number, now: Date): ScheduleStatus {
  if (!lastTestedOn) return "never";
  return now.getTime() > addDays(lastTestedOn, cadenceDays).getTime() ? "overdue" : "current";
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
    status: statusOf(lastTestedOn, cadenceDays, now),
    daysUntilDue: nextDueOn ? Math.floor((nextDueOn.getTime() - now.getTime()) / DAY_MS) : null,
    scenarios: scenarios.map((scenario) => {
      const last = latest(past.filter((e) => e.scenarioIds.includes(scenario.id)).map((e) => e.conductedOn));
      return {
        ...scenario,
        lastTestedOn: last,
        nextDueOn: last ? addDays(last, cadenceDays) : null,
        status: statusOf(last, cadenceDays, now),
      };
    }),
  };
}

/** An open finding is overdue once its due date (a calendar day) has fully passed. */
export function isFindingOverdue(finding: { status: string; dueOn: Date | null }, now: Date): boolean {
  if (finding.status === "closed" || !finding.dueOn) return false;
  return now.getTime() >= addDays(finding.dueOn, 1).getTime();
}
