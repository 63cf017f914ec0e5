import type { Metadata } from "next";
import { formatInstant } from "@/lib/days";
import Link from "next/link";
import { formatDuration } from "@/lib/engine";
import { getScenarioReadiness } from "@/lib/recovery/get-scenario-readiness";
import { LeftOutNote } from "@/components/recovery/left-out-note";
import { ModelIssues } from "@/components/recovery/model-issues";
import { StatusBadge } from "@/components/recovery/status-badge";
import { TimelineChart } from "@/components/recovery/timeline-chart";
import { loadPlan } from "../../../load-plan";
import { orNotFound } from "@/lib/http/or-not-found";
import { ScrollBox } from "@/components/ui/scroll-box";
import { KeyedName } from "@/components/recovery/keyed-name";
import { SCENARIO_KIND_LABELS } from "@/lib/risks/schemas";
import { scenarioStartWords } from "@/lib/recovery/dashboard/scenario-start";
import { cache } from "react";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; scenarioKey: string }> }): Promise<Metadata> {
  const { planId, scenarioKey } = await params;
  await load(planId, scenarioKey);
  return { title: "Scenario recovery timeline" };
}

// Once per request: the title and the page both ask (the assessment is the page's costliest read).
const load = cache(async (planId: string, scenarioKey: string) => {
  const { actor } = await loadPlan(planId);
  return await orNotFound(getScenarioReadiness({ actor, planId, scenarioKey: decodeURIComponent(scenarioKey) }));
});

export default async function ScenarioPage({ params }: { params: Promise<{ planId: string; scenarioKey: string }> }) {
  const { planId, scenarioKey } = await params;
  const result = await load(planId, scenarioKey);
  const { scenario } = result;
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/plans/${planId}/recovery`} className="text-sm text-blue-700 underline">
          Recovery readiness
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{scenario.name}</h1>
        <p className="text-sm text-slate-600">
          {[
            SCENARIO_KIND_LABELS[scenario.kind],
            ...scenarioStartWords({ ...scenario, restoreStarts: result.ok ? result.restoreStarts : [] }),
            ...(scenario.at ? [`disaster at ${formatInstant(scenario.at)}`] : []),
          ].join(" · ")}
        </p>
        {scenario.description ? <p className="mt-1 max-w-2xl text-slate-700">{scenario.description}</p> : null}
      </div>
      {!result.ok ? (
        <ModelIssues issues={result.issues} planId={planId} />
      ) : (
        <>
          <section aria-labelledby="timeline-heading" className="space-y-2">
            <h2 id="timeline-heading" className="text-lg font-semibold">
              Recovery timeline
            </h2>
            <TimelineChart
              timeline={result.timeline}
              title={`Recovery timeline: ${scenario.name}`}
              inheritedRto={result.inheritedRto}
              neverReady={result.neverReady}
              names={{ locations: result.locationNames, hosts: result.hostNames }}
            />
            <LeftOutNote {...result.leftOut} />
          </section>
          <section aria-labelledby="rpo-heading">
            <h2 id="rpo-heading" className="text-lg font-semibold">
              Data loss
            </h2>
            <ScrollBox>
              <table className="mt-2 min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
                <caption className="sr-only">Worst-case RPO and RPO at the disaster per affected system</caption>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="p-2">System</th>
                    <th scope="col" className="p-2">Restores from</th>
                    <th scope="col" className="p-2">Worst case</th>
                    <th scope="col" className="p-2">At the disaster</th>
                    <th scope="col" className="p-2">RPO</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rpo.map((r) => (
                    <tr key={r.system} className="border-t border-slate-100">
                      <th scope="row" className="p-2 font-medium">{r.system}</th>
                      <td className="p-2">{r.location ? <KeyedName modelKey={r.location} names={result.locationNames} /> : "no surviving copy"}</td>
                      <td className="p-2 tabular-nums">{formatDuration(r.worstCaseMinutes)}</td>
                      <td className="p-2 tabular-nums">{scenario.at ? formatDuration(r.atDisasterMinutes) : "no disaster instant set"}</td>
                      <td className="p-2">
                        <StatusBadge label="RPO" status={r.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </section>
        </>
      )}
    </div>
  );
}
