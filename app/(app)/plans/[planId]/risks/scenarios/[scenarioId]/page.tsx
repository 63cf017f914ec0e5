import type { Metadata } from "next";
import { formatInstant } from "@/lib/days";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getScenario } from "@/lib/risks/get-scenario";
import { listScenarioChoices } from "@/lib/risks/list-scenario-choices";
import { SCENARIO_KIND_LABELS } from "@/lib/risks/schemas";
import { ScenarioForm } from "@/components/risks/scenario-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { CitedByTests } from "@/components/exercises/cited-by-tests";
import { getCitingTests } from "@/lib/exercises/get-citing-tests";
import { loadPlan } from "../../../load-plan";
import { deleteScenarioAction, updateScenarioAction } from "../../actions";
import { orNotFound } from "@/lib/http/or-not-found";
import { cache } from "react";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; scenarioId: string }> }): Promise<Metadata> {
  const { planId, scenarioId } = await params;
  await load(planId, scenarioId);
  return { title: "Scenario" };
}

// Once per request: the title and the page both ask.
const load = cache(async (planId: string, scenarioId: string) => {
  const { actor, plan } = await loadPlan(planId);
  return { actor, plan, scenario: await orNotFound(getScenario({ actor, planId, scenarioId })) };
});

const utc = (date: Date | null) => (date ? formatInstant(date) : "");

export default async function ScenarioPage({ params }: { params: Promise<{ planId: string; scenarioId: string }> }) {
  const { planId, scenarioId } = await params;
  const { actor, plan, scenario } = await load(planId, scenarioId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const citing = canEdit ? await getCitingTests({ actor, planId, kind: "scenario", id: scenarioId }) : [];
  const details: [string, string][] = [
    ["Scenario id", scenario.key],
    ["Kind", SCENARIO_KIND_LABELS[scenario.kind]],
    ["Description", scenario.description],
    ["Disaster instant", utc(scenario.at)],
    ["Last instant known clean", utc(scenario.cleanBefore)],
    ["Minutes to declare", String(scenario.declareMinutes)],
    ["Containment minutes", String(scenario.containmentMinutes)],
    ["Lost hosts", scenario.lostHostKeys.join(", ")],
    ["Lost sites", scenario.lostSites.map((s) => s.name).join(", ")],
    ["Caused by", scenario.threats.map((t) => t.title).join(", ")],
  ];
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/plans/${planId}/risks#scenarios`} className="text-blue-700 underline">
          ← Disaster scenarios
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{scenario.name}</h1>
      {canEdit ? (
        <div className="grid grid-cols-1 gap-6 md:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="rounded-lg border border-slate-200 bg-white p-5">
            <ScenarioForm action={updateScenarioAction} planId={planId} {...await listScenarioChoices({ actor, planId })} scenario={scenario} />
          </div>
          <div className="space-y-2">
            <h2 className="text-base font-semibold">Delete</h2>
            {citing.length ? (
              <CitedByTests kind="scenario" name={`“${scenario.name}”`} planId={planId} tests={citing} />
            ) : (
              <>
                <p className="text-sm text-slate-600">The recovery checks stop assessing this scenario.</p>
                <ConfirmForm
                  action={deleteScenarioAction}
                  fields={{ planId, scenarioId: scenario.id, version: String(scenario.version) }}
                  label="Delete scenario"
                  title={`Delete “${scenario.name}”?`}
                  body="The scenario and its links to threats and sites are removed. No test covered it."
                  confirmLabel="Delete"
                />
              </>
            )}
          </div>
        </div>
      ) : (
        <dl className="grid grid-cols-1 max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-[12rem_1fr]">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd>{value || "—"}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
