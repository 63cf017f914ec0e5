import type { Ctx } from "@/lib/reports/pdf/context";
import { COLORS } from "@/lib/reports/pdf/styles";
import { date, NONE } from "@/lib/reports/pdf/format";
import { exerciseResult } from "@/lib/reports/pdf/labels";
import { snapshotSchedule } from "@/lib/reports/pdf/test-targets";
import { lastTargetsWords } from "@/lib/exercises/target-check";
import { dueNowReasons, scenarioNames } from "@/lib/exercises/schedule-words";
import type { Schedule } from "@/lib/exercises/schedule";

const day = (d: Date | null) => date(d?.toISOString());

/**
 * When the plan was last tested and when its next test is due, on the snapshot's day: the earliest
 * due among the plan and its scenarios, as the Tests page's headline, so a scenario never tested
 * makes a test due now however recent the plan's last test.
 */
function nextTest(schedule: Schedule, now: Date): string {
  const cadence = `(cadence: every ${schedule.cadenceDays} days)`;
  if (!schedule.lastTestedOn) return `The plan has never been tested: a test is due now ${cadence}.`;
  const last = `Last tested ${day(schedule.lastTestedOn)}`;
  const { due } = schedule;
  if (due.now || !due.on) return `${last}; a test is DUE NOW on ${day(now)}: ${dueNowReasons(schedule).join("; ")} ${cadence}.`;
  return `${last}; next test due ${day(due.on)}${due.first.length ? ` for ${scenarioNames(due.first)}` : ""} ${cadence}.`;
}

/**
 * The test and maintenance schedule the plan template's appendices call for: the plan's next test
 * and, per scenario, its last test (date, title, result, whether its restores met their targets)
 * and when the next is due by the cadence, overdue ones marked in words. By the Tests page's rules,
 * on the day of the snapshot.
 */
export function TestSchedule({ ctx }: { ctx: Ctx }) {
  const { kit, pdf, s, input } = ctx;
  const { now, schedule } = snapshotSchedule(input);
  const rows = schedule.scenarios.map((x) => ({
    ...x,
    // The last day's tests of the scenario: a failed test and its re-run the same day are both its last test.
    last: input.snapshot.tests.exercises.filter((e) => e.scenarios.some((c) => c.id === x.id) && new Date(e.conductedOn).getTime() === x.lastTestedOn?.getTime()),
  }));
  const late = (x: (typeof rows)[number]) => x.status === "overdue" || x.status === "never";
  return (
    <>
      <kit.H2>Test and maintenance schedule</kit.H2>
      <pdf.Text style={s.p}>{nextTest(schedule, now)}</pdf.Text>
      <kit.Table
        empty={NONE}
        rows={rows}
        columns={[
          { label: "Scenario", width: 3, value: (x) => x.name },
          { label: "Last test", width: 5, value: (x) => (x.last.length ? `${day(x.lastTestedOn)}: ${x.last.map((e) => e.title).join(", ")}` : "Never tested") },
          { label: "Result", width: 3, value: (x) => [...new Set(x.last.map((e) => exerciseResult(e.result)))].join(", ") || "—" },
          {
            label: "Targets",
            width: 4,
            value: (x) => lastTargetsWords(x.lastTargets),
            color: (x) => (x.lastTargets?.missed ? COLORS.breached : undefined),
          },
          {
            label: "Next due",
            width: 4,
            value: (x) => (x.nextDueOn ? `${day(x.nextDueOn)}${x.status === "overdue" ? ": OVERDUE" : ""}` : "Now: never tested"),
            color: (x) => (late(x) ? COLORS.breached : undefined),
          },
        ]}
      />
    </>
  );
}
