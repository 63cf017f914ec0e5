import Link from "next/link";
import type { Schedule } from "@/lib/exercises/schedule";
import { lastTargetsWords } from "@/lib/exercises/target-check";
import { formatDay } from "@/lib/days";
import { nextDueWords, scheduleStatus } from "@/lib/exercises/schedule-words";
import { ScrollBox } from "@/components/ui/scroll-box";

const TONE_STYLE = { red: "bg-red-100 text-red-900", amber: "bg-amber-100 text-amber-900", green: "bg-green-100 text-green-900" } as const;

/** A scenario's standing against the cadence; amber, not green, when its last test missed targets (the next column says so). */
export function StatusBadge({ status, missedTargets = false }: { status: Schedule["status"]; missedTargets?: boolean }) {
  const text = { never: "Never tested", overdue: "Stale", failed: "Last test failed", current: "Tested within cadence" }[status];
  const style = TONE_STYLE[status !== "current" ? "red" : missedTargets ? "amber" : "green"];
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${style}`}>{text}</span>;
}

/** When the plan was last tested, when the next test is due, and whether that is already late. */
export function ScheduleSummary({ schedule }: { schedule: Schedule }) {
  const status = scheduleStatus(schedule);
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="test-schedule">
      <div>
        <dt className="text-sm text-slate-500">Status</dt>
        <dd>
          <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONE_STYLE[status.tone]}`}>{status.label}</span>
        </dd>
      </div>
      <div>
        <dt className="text-sm text-slate-500">Last tested</dt>
        <dd className="font-medium">{schedule.lastTestedOn ? formatDay(schedule.lastTestedOn) : "Never"}</dd>
      </div>
      <div>
        <dt className="text-sm text-slate-500">Next test due</dt>
        <dd className={`font-medium ${schedule.due.now ? "text-red-800" : ""}`} data-testid="next-test-due">
          {nextDueWords(schedule)}
        </dd>
      </div>
    </dl>
  );
}

/**
 * Each disaster scenario of the plan with when it was last tested, and whether that test met its
 * targets. With none, only a reader who may edit the plan is told where to add them.
 */
export function ScenarioScheduleTable({ schedule, planId, canEdit }: { schedule: Schedule; planId: string; canEdit: boolean }) {
  if (schedule.scenarios.length === 0) {
    return canEdit ? (
      <p className="text-sm italic text-slate-500">
        No disaster scenarios in this plan yet: add them under{" "}
        <Link href={`/plans/${planId}/risks`} className="text-blue-700 underline">
          Risks &amp; scenarios
        </Link>
        , then cover each one in a test.
      </p>
    ) : (
      <p className="text-sm italic text-slate-500">No disaster scenarios in this plan yet.</p>
    );
  }
  return (
    <ScrollBox>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">When each scenario was last tested</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">Scenario</th>
            <th scope="col" className="p-2">Last tested</th>
            <th scope="col" className="p-2">Next due</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="column-text p-2">Targets in the last test</th>
          </tr>
        </thead>
        <tbody>
          {schedule.scenarios.map((scenario) => (
            <tr key={scenario.id} className="border-t border-slate-200">
              <th scope="row" className="p-2 text-left font-medium">{scenario.name}</th>
              <td className="p-2">{scenario.lastTestedOn ? formatDay(scenario.lastTestedOn) : "Never"}</td>
              <td className="p-2">{scenario.nextDueOn ? formatDay(scenario.nextDueOn) : "Now"}</td>
              <td className="p-2"><StatusBadge status={scenario.status} missedTargets={Boolean(scenario.lastTargets?.missed)} /></td>
              <td className={`p-2 ${scenario.lastTargets?.missed ? "font-semibold text-red-800" : ""}`}>{lastTargetsWords(scenario.lastTargets)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
