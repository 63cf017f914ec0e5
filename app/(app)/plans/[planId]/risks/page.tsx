import type { Metadata } from "next";
import { formatInstant } from "@/lib/days";
import { formatDuration } from "@/lib/durations";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { listThreats } from "@/lib/risks/list-threats";
import { getHeatMaps } from "@/lib/risks/get-heat-maps";
import { listScenarios } from "@/lib/risks/list-scenarios";
import { listScenarioChoices } from "@/lib/risks/list-scenario-choices";
import { SCENARIO_KIND_LABELS } from "@/lib/risks/schemas";
import { listPersonChoices } from "@/lib/people/list-person-choices";
import { HeatMap, HeatMapLegend } from "@/components/risks/heat-map";
import { ScoreBadge } from "@/components/risks/score-badge";
import { ThreatForm } from "@/components/risks/threat-form";
import { ScenarioForm } from "@/components/risks/scenario-form";
import { ListSearch, Pagination, SortHeader } from "@/components/ui/list-controls";
import { loadPlan } from "../load-plan";
import { createScenarioAction, createThreatAction, importThreatsAction, previewThreatImportAction } from "./actions";
import { ThreatImportPanel } from "@/components/risks/threat-import-panel";
import { buttonClass } from "@/components/ui/button";
import { ScrollBox } from "@/components/ui/scroll-box";
import { FocusedNote } from "@/components/ui/focused-note";

export const metadata: Metadata = { title: "Risks and scenarios" };

const SECTION = "rounded-lg border border-slate-200 bg-white p-5";

export default async function RisksPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const [register, maps, scenarios, choices, people] = await Promise.all([
    listThreats({ actor, planId, query: await searchParams }),
    getHeatMaps({ actor, planId }),
    listScenarios({ actor, planId }),
    canEdit ? listScenarioChoices({ actor, planId }) : Promise.resolve({ threats: [], sites: [], hosts: [] }),
    canEdit ? listPersonChoices({ actor }) : Promise.resolve([]),
  ]);
  const { query, rows, filtered } = register;
  const base = `/plans/${planId}/risks`;
  const keep: Record<string, string> = filtered ? { view: query.view, l: String(query.l), i: String(query.i) } : {};
  const selected = { view: query.view, l: query.l, i: query.i };
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Risks and scenarios</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          The threats to this plan rated by likelihood and impact (score = likelihood × impact, 1–25), before and after mitigation, and the
          disaster scenarios the recovery checks assess. Click a heat-map cell to see its threats.
        </p>
      </div>

      <section aria-labelledby="heatmaps-heading" className={SECTION}>
        <h2 id="heatmaps-heading" className="text-lg font-semibold">Heat maps</h2>
        {/* Shown when focused: a keyboard user passes the maps' cells in one step. */}
        <a href="#register" className="sr-only text-sm text-blue-700 underline focus:not-sr-only focus:mt-1 focus:inline-block">
          Skip to the threat register
        </a>
        <div className="mt-3 flex flex-wrap gap-10">
          <HeatMap planId={planId} view="inherent" title="Inherent risk" grid={maps.inherent} selected={selected} />
          <div className="min-w-0 max-w-full">
            <HeatMap planId={planId} view="residual" title="Residual risk (after mitigation)" grid={maps.residual} selected={selected} />
            {maps.unratedResidual ? (
              <p className="mt-1 max-w-xs text-xs text-amber-800" data-testid="unrated-residual">
                {maps.unratedResidual === 1
                  ? "1 threat without a residual rating is not shown."
                  : `${maps.unratedResidual} threats without a residual rating are not shown.`}
              </p>
            ) : null}
          </div>
        </div>
        <div className="mt-3">
          <HeatMapLegend />
        </div>
      </section>

      <section id="register" aria-labelledby="register-heading" className={SECTION}>
        <h2 id="register-heading" className="text-lg font-semibold">Threat register</h2>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <ListSearch base={base} query={query} label="Search threats" keep={keep} />
          {can(actor.role, "plan:export") ? (
            <a href={`${base}/export`} className={buttonClass("secondary")} download>
              Download threats (CSV)
            </a>
          ) : null}
          {filtered ? (
            <FocusedNote className="text-sm" text={`${query.view}-${query.l}-${query.i}`}>
              Showing threats with {query.view} likelihood {query.l} and impact {query.i}.{" "}
              <Link href={`${base}#register`} className="text-blue-700 underline">
                Show all threats
              </Link>
            </FocusedNote>
          ) : null}
        </div>
        {rows.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
            {filtered || query.q ? "No threats match." : canEdit ? "No threats yet. Add the first one below." : "No threats recorded yet."}
          </p>
        ) : (
          <ScrollBox>
            <table className="mt-4 w-full border-collapse text-sm" data-testid="threat-register">
              <caption className="sr-only">Threats, with inherent and residual scores</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <SortHeader base={base} query={query} column="title" keep={keep} className="p-2">Threat</SortHeader>
                  <SortHeader base={base} query={query} column="category" keep={keep} className="p-2">Category</SortHeader>
                  <SortHeader base={base} query={query} column="likelihood" keep={keep} className="p-2">Likelihood</SortHeader>
                  <SortHeader base={base} query={query} column="impact" keep={keep} className="p-2">Impact</SortHeader>
                  <SortHeader base={base} query={query} column="score" keep={keep} className="p-2">Score</SortHeader>
                  <th scope="col" className="column-prose p-2">Mitigation</th>
                  <th scope="col" className="p-2">Owner</th>
                  <SortHeader base={base} query={query} column="residualScore" keep={keep} className="p-2">Residual score</SortHeader>
                </tr>
              </thead>
              <tbody>
                {rows.map((threat) => (
                  <tr key={threat.id} className="border-t border-slate-200 align-top">
                    <th scope="row" className="p-2 text-left font-medium">
                      <Link href={`${base}/threats/${threat.id}`} className="text-blue-700 underline">
                        {threat.title}
                      </Link>
                    </th>
                    <td className="p-2 capitalize">{threat.category}</td>
                    <td className="p-2 tabular-nums">{threat.likelihood}</td>
                    <td className="p-2 tabular-nums">{threat.impact}</td>
                    <td className="p-2"><ScoreBadge likelihood={threat.likelihood} impact={threat.impact} /></td>
                    <td className="p-2 text-slate-700">{threat.mitigation || <span className="text-amber-800">None yet</span>}</td>
                    <td className="p-2">{threat.owner?.name ?? <span className="text-amber-800">No owner</span>}</td>
                    <td className="p-2"><ScoreBadge likelihood={threat.residualLikelihood} impact={threat.residualImpact} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
        <Pagination base={base} query={query} list={register} noun="threats" one="threat" keep={keep} />
        {canEdit ? (
          <details className="mt-6 border-t border-slate-200 pt-4">
            <summary className="cursor-pointer font-medium text-blue-700">Add a threat</summary>
            <div className="mt-3 max-w-3xl">
              <ThreatForm action={createThreatAction} planId={planId} people={people} />
            </div>
          </details>
        ) : null}
      </section>

      {canEdit ? (
        <section aria-labelledby="threat-import-heading" className={`max-w-4xl ${SECTION}`}>
          <h2 id="threat-import-heading" className="mb-2 text-lg font-semibold">
            Import threats from CSV
          </h2>
          <ThreatImportPanel planId={planId} previewAction={previewThreatImportAction} applyAction={importThreatsAction} templateHref={`${base}/export?template=1`} />
        </section>
      ) : null}

      <section id="scenarios" aria-labelledby="scenarios-heading" className={SECTION}>
        <h2 id="scenarios-heading" className="text-lg font-semibold">Disaster scenarios</h2>
        <p className="mt-1 text-sm text-slate-600">
          The organisation&apos;s disaster levels, from one VM lost to the whole site lost. Each is assessed by the recovery checks; instants are shown in UTC.
        </p>
        {scenarios.length === 0 ? (
          <p className="mt-3 text-sm italic text-slate-600">
            No scenarios yet. {canEdit ? "Add the disaster levels to plan for, such as one VM lost, a host lost and the site lost." : ""}
          </p>
        ) : (
          <ScrollBox>
            <table className="mt-3 w-full border-collapse text-sm">
              <caption className="sr-only">Disaster scenarios</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="p-2">Scenario</th>
                  <th scope="col" className="p-2">Id</th>
                  <th scope="col" className="p-2">Kind</th>
                  <th scope="col" className="column-text p-2">What is lost</th>
                  <th scope="col" className="column-text p-2">Timing</th>
                  <th scope="col" className="column-text p-2">Caused by</th>
                </tr>
              </thead>
              <tbody>
                {scenarios.map((scenario) => (
                  <tr key={scenario.id} className="border-t border-slate-200 align-top">
                    <th scope="row" className="p-2 text-left font-medium">
                      <Link href={`${base}/scenarios/${scenario.id}`} className="text-blue-700 underline">
                        {scenario.name}
                      </Link>
                    </th>
                    <td className="p-2 font-mono text-xs">{scenario.key}</td>
                    <td className="p-2">{SCENARIO_KIND_LABELS[scenario.kind]}</td>
                    <td className="p-2">
                      {[...scenario.lostSites.map((s) => s.name), ...scenario.lostHostKeys.map((h) => `host ${h}`)].join(", ") ||
                        (scenario.kind === "ransomware" ? "Everything online" : "One system at a time")}
                    </td>
                    <td className="p-2 text-xs">
                      {scenario.at ? <div>At {formatInstant(scenario.at)}</div> : null}
                      {scenario.cleanBefore ? <div>Clean before {formatInstant(scenario.cleanBefore)}</div> : null}
                      {scenario.declareMinutes ? <div>Declared after {formatDuration(scenario.declareMinutes)}</div> : null}
                      {scenario.containmentMinutes ? <div>Contained after {formatDuration(scenario.containmentMinutes)}</div> : null}
                    </td>
                    <td className="p-2">{scenario.threats.map((t) => t.title).join(", ") || <span className="text-amber-800">No threat linked</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
        {canEdit ? (
          <details className="mt-6 border-t border-slate-200 pt-4">
            <summary className="cursor-pointer font-medium text-blue-700">Add a scenario</summary>
            <div className="mt-3 max-w-3xl">
              <ScenarioForm action={createScenarioAction} planId={planId} threats={choices.threats} sites={choices.sites} hosts={choices.hosts} taken={scenarios.map((s) => s.key)} />
            </div>
          </details>
        ) : null}
      </section>
    </div>
  );
}
