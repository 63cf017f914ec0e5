import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { formatInstant } from "@/lib/days";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { listDeclareChoices } from "@/lib/incidents/list-declare-choices";
import { timeFieldValue } from "@/lib/incidents/incident-time";
import { DeclareIncidentForm } from "@/components/incidents/declare-incident-form";
import { IncidentStatusBadge } from "@/components/incidents/incident-status-badge";
import { Fact, RunTime } from "@/components/incidents/fact";
import { loadPlan } from "../load-plan";
import { declareIncidentAction } from "./actions";

export const metadata: Metadata = { title: "Incidents" };

export default async function IncidentsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const canRecord = can(actor.role, "incident:record") && plan.status !== "archived";
  const now = new Date();
  const [incidents, choices] = await Promise.all([listIncidents({ actor, planId }), canRecord ? listDeclareChoices({ actor, planId }) : null]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Incidents</h1>
        <p className="max-w-2xl text-sm text-slate-700">
          When the plan is invoked, its incident log records who declared it and when, then every decision, action, notification and step of recovery, until
          the team stands down with a post-incident review.
        </p>
      </div>

      <section aria-labelledby="incident-list-heading" className="space-y-3">
        <h2 id="incident-list-heading" className="text-lg font-semibold">
          Incident log
        </h2>
        {incidents.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            No incident has been declared under this plan.
            {canRecord
              ? " When a disaster strikes, declare it here: the log then keeps the response team's decisions, actions, notifications and recovery progress in order, with who recorded each and when, for the stand-down and the post-incident review."
              : ""}
          </div>
        ) : (
          <ul className="space-y-3">
            {incidents.map((incident) => (
              <li key={incident.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <IncidentStatusBadge status={incident.status} />
                  <Link href={`/plans/${planId}/incidents/${incident.id}`} className="font-medium break-words text-blue-800 underline">
                    {incident.title}
                  </Link>
                </div>
                <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
                  <Fact name="Declared">
                    {formatInstant(incident.declaredAt)} by {incident.declaredByName}
                  </Fact>
                  <Fact name="Scenario">{incident.scenarioName || "none"}</Fact>
                  {incident.openActionCount ? <Fact name="Corrective actions">{`${incident.openActionCount} open`}</Fact> : null}
                  <Fact name="Log">{incident.entryCount === 1 ? "1 entry" : `${incident.entryCount} entries`}</Fact>
                  <RunTime incident={incident} now={now} />
                </dl>
                {/* The post-incident review's document, one step from the list (decision 62). */}
                <a href={`/plans/${planId}/incidents/${incident.id}/report.pdf`} className="mt-2 inline-block text-sm text-blue-800 underline">
                  Download report (PDF)<span className="sr-only"> of {incident.title}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      {choices ? (
        <section aria-labelledby="declare-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="declare-heading" className="text-lg font-semibold">
            Declare an incident
          </h2>
          <DeclareIncidentForm action={declareIncidentAction} planId={planId} now={timeFieldValue(now)} scenarios={choices.scenarios} people={choices.people} />
        </section>
      ) : null}
    </div>
  );
}
