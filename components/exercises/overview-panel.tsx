import Link from "next/link";
import type { Actor } from "@/lib/auth/context";
import { getTestSchedule } from "@/lib/exercises/get-test-schedule";
import { testedSuccessfully } from "@/lib/exercises/schedule";
import { shortfallWords } from "@/lib/exercises/target-check";
import { listOpenFindings } from "@/lib/findings/list-open-findings";
import { ScheduleSummary } from "@/components/exercises/schedule-summary";
import { OpenFindingsTable } from "@/components/exercises/findings-table";

// The most severe and soonest due; the Tests page lists them all.
const SHOWN_FINDINGS = 10;

/**
 * The plan overview's test panel: whether the plan is tested within its cadence, which scenarios
 * were never tested, are stale or whose last test failed or missed its targets, and the findings
 * still open. Untested plans are no plans.
 */
export async function ExercisesOverviewPanel({ actor, plan }: { actor: Actor; plan: { id: string; testCadenceDays: number } }) {
  const now = new Date();
  const [schedule, findings] = await Promise.all([getTestSchedule({ actor, plan, now }), listOpenFindings({ actor, planId: plan.id })]);
  const untested = schedule.scenarios.filter((scenario) => !testedSuccessfully(scenario));
  return (
    <section aria-labelledby="tests-panel-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="tests-panel-heading" className="text-lg font-semibold">
          Tests and findings
        </h2>
        <Link href={`/plans/${plan.id}/tests`} className="text-sm text-blue-700 underline">
          All tests
        </Link>
      </div>
      <ScheduleSummary schedule={schedule} />
      {untested.length ? (
        <div>
          <h3 className="text-sm font-medium">Scenarios not tested successfully within the cadence</h3>
          <ul className="mt-1 list-inside list-disc text-sm text-slate-700">
            {untested.map((scenario) => (
              <li key={scenario.id}>
                {scenario.name}:{" "}
                {scenario.status === "current"
                  ? `tested within the cadence, but in its last test ${shortfallWords(scenario.lastTargets ?? { missed: 0, metThen: 0 })}`
                  : { never: "never tested", overdue: "last test is stale", failed: "the last test failed" }[scenario.status]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="text-sm font-medium">Open findings ({findings.length})</h3>
        <div className="mt-2">
          <OpenFindingsTable findings={findings.slice(0, SHOWN_FINDINGS)} planId={plan.id} now={now} />
        </div>
        {findings.length > SHOWN_FINDINGS ? (
          <p className="mt-2 text-xs text-slate-500">
            and {findings.length - SHOWN_FINDINGS} more on the{" "}
            <Link href={`/plans/${plan.id}/tests`} className="text-blue-700 underline">
              Tests page
            </Link>
            .
          </p>
        ) : null}
      </div>
    </section>
  );
}
