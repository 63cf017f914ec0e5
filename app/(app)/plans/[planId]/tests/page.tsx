import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { listQuerySchema } from "@/lib/lists/list-query";
import { EXERCISE_SORTS, listExercises } from "@/lib/exercises/list-exercises";
import { getTestSchedule } from "@/lib/exercises/get-test-schedule";
import { TEST_CADENCE_LABEL } from "@/lib/exercises/schemas";
import { listOpenFindings } from "@/lib/findings/list-open-findings";
import { buttonClass } from "@/components/ui/button";
import { ListSearch, Pagination, SortHeader } from "@/components/ui/list-controls";
import { CadenceForm } from "@/components/plans/cadence-form";
import { ScenarioScheduleTable, ScheduleSummary } from "@/components/exercises/schedule-summary";
import { OpenFindingsTable } from "@/components/exercises/findings-table";
import { typeLabel } from "@/components/exercises/format";
import { ResultBadge } from "@/components/exercises/result-badge";
import { formatDay } from "@/lib/days";
import { loadPlan } from "../load-plan";
import { setTestCadenceAction } from "./actions";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Tests and exercises" };

const querySchema = listQuerySchema(EXERCISE_SORTS, "conductedOn");

export default async function TestsPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const raw = await searchParams;
  // Newest first unless the reader chose an order.
  const query = querySchema.parse({ ...raw, dir: raw.dir ?? (raw.sort ? "asc" : "desc") });
  const now = new Date();
  const [schedule, tests, findings] = await Promise.all([
    getTestSchedule({ actor, plan, now }),
    listExercises({ actor, planId, query }),
    listOpenFindings({ actor, planId }),
  ]);
  const canEdit = can(actor.role, "plan:edit") && plan.status !== "archived";
  const base = `/plans/${planId}/tests`;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Tests and exercises</h1>
        {canEdit ? (
          <Link href={`${base}/new`} className={buttonClass()}>
            Record a test
          </Link>
        ) : null}
      </div>

      <section aria-labelledby="schedule-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="schedule-heading" className="text-lg font-semibold">
          Test schedule
        </h2>
        <ScheduleSummary schedule={schedule} />
        {canEdit ? (
          <CadenceForm
            action={setTestCadenceAction}
            plan={{ id: plan.id, version: plan.version }}
            name="testCadenceDays"
            label={TEST_CADENCE_LABEL}
            days={plan.testCadenceDays}
            formLabel="Test cadence"
          />
        ) : (
          <p className="text-sm text-slate-600">Cadence: at least every {plan.testCadenceDays} days.</p>
        )}
        <h3 className="font-medium">Scenarios</h3>
        <ScenarioScheduleTable schedule={schedule} planId={planId} canEdit={canEdit} />
      </section>

      <section aria-labelledby="tests-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="tests-heading" className="text-lg font-semibold">
            Tests
          </h2>
          <ListSearch base={base} query={query} label="Search tests by title" />
        </div>
        {tests.total === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
            {query.q
              ? "No test matches that search."
              : canEdit
                ? "No tests recorded yet. Start with a tabletop walk-through of your most likely scenario, then record it here."
                : "No tests recorded yet. The continuity committee records them."}
          </div>
        ) : (
          <>
            <ScrollBox>
              <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
                <caption className="sr-only">Tests of this plan</caption>
                <thead className="bg-slate-100 text-left">
                  <tr>
                    <SortHeader base={base} query={query} column="conductedOn">Date</SortHeader>
                    <SortHeader base={base} query={query} column="title">Title</SortHeader>
                    <SortHeader base={base} query={query} column="type">Type</SortHeader>
                    <SortHeader base={base} query={query} column="result">Result</SortHeader>
                    <th scope="col" className="p-3 text-right">Measurements</th>
                    <th scope="col" className="p-3 text-right">Open findings</th>
                  </tr>
                </thead>
                <tbody>
                  {tests.rows.map((test) => (
                    <tr key={test.id} className="border-t border-slate-200">
                      <td className="p-3 whitespace-nowrap">{formatDay(test.conductedOn)}</td>
                      <th scope="row" className="p-3 text-left">
                        <Link href={`${base}/${test.id}`} className="font-medium text-blue-800 underline">
                          {test.title}
                        </Link>
                      </th>
                      <td className="p-3">{typeLabel(test.type)}</td>
                      <td className="p-3">
                        <ResultBadge result={test.result} flag={test.flag} />
                        {test.todayFlag ? <span className="mt-1 block text-xs text-slate-600">{test.todayFlag}</span> : null}
                      </td>
                      <td className="p-3 text-right tabular-nums">{test.measurementCount}</td>
                      <td className="p-3 text-right tabular-nums">{test._count.findings}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
            <Pagination base={base} query={query} list={tests} noun="tests" one="test" />
          </>
        )}
      </section>

      <section aria-labelledby="findings-heading" className="space-y-3">
        <h2 id="findings-heading" className="text-lg font-semibold">
          Open findings
        </h2>
        <OpenFindingsTable findings={findings} planId={planId} now={now} />
      </section>
    </div>
  );
}
