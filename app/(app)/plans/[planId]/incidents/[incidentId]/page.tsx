import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/context";
import { formatInstant } from "@/lib/days";
import { orNotFound } from "@/lib/http/or-not-found";
import { getIncident } from "@/lib/incidents/get-incident";
import { getIncidentRecovery } from "@/lib/incidents/get-incident-recovery";
import { listEntrySystems } from "@/lib/incidents/list-entry-systems";
import { timeFieldValue } from "@/lib/incidents/incident-time";
import { AddEntryForm } from "@/components/incidents/add-entry-form";
import { StandDownForm } from "@/components/incidents/stand-down-form";
import { IncidentStatusBadge } from "@/components/incidents/incident-status-badge";
import { IncidentTimeline } from "@/components/incidents/incident-timeline";
import { IncidentRecoverySection } from "@/components/incidents/incident-recovery-section";
import { Fact, RunTime } from "@/components/incidents/fact";
import { CorrectiveActionsSection } from "@/components/incidents/corrective-actions-section";
import { CorrectDeclarationForm } from "@/components/incidents/correct-declaration-form";
import { listCorrectiveActions } from "@/lib/incidents/list-corrective-actions";
import { listDeclareChoices } from "@/lib/incidents/list-declare-choices";
import { listPersonChoices } from "@/lib/people/list-person-choices";
import { dueHint, incidentBound } from "@/lib/findings/schemas";
import { loadPlan } from "../../load-plan";
import { addCorrectiveActionAction, addIncidentEntryAction, correctDeclarationAction, standDownIncidentAction } from "../actions";
import { closeFindingAction, updateFindingAction } from "../../tests/actions";

// Once per request: the title and the page both ask (the actor is loadPlan's, itself cached), and
// the expected recovery is worked out from this read rather than reading the incident again.
const loadIncident = cache(async (actor: Actor, planId: string, incidentId: string) => orNotFound(getIncident({ actor, planId, incidentId })));

export async function generateMetadata({ params }: { params: Promise<{ planId: string; incidentId: string }> }): Promise<Metadata> {
  const { planId, incidentId } = await params;
  const { actor } = await loadPlan(planId);
  return { title: (await loadIncident(actor, planId, incidentId)).incident.title };
}

export default async function IncidentPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string; incidentId: string }>;
  searchParams: Promise<{ systems?: string; q?: string; finding?: string }>;
}) {
  const { planId, incidentId } = await params;
  const query = await searchParams;
  const showAll = query.systems === "all";
  const find = typeof query.q === "string" ? query.q.trim().slice(0, 100) : "";
  const editingId = query.finding;
  const { actor, plan } = await loadPlan(planId);
  const now = new Date();
  // Corrective actions are findings: the plan's editors record them, during the response or after it.
  const canAct = can(actor.role, "plan:edit") && plan.status !== "archived";
  // Those who record incidents correct the declaration during the response and after it: reviews
  // often fix the start (decision 62). The log itself takes entries only while the incident is active.
  const mayRecord = can(actor.role, "incident:record") && plan.status !== "archived";
  const read = await loadIncident(actor, planId, incidentId);
  const { incident, entries } = read;
  const [recovery, actions, people, choices] = await Promise.all([
    getIncidentRecovery({ actor, ...read, now }),
    listCorrectiveActions({ actor, planId, incidentId }),
    canAct ? listPersonChoices({ actor }) : [],
    mayRecord ? listDeclareChoices({ actor, planId }) : null,
  ]);
  const active = incident.status === "active";
  const canRecord = active && mayRecord;
  // An archived plan's log takes no entries, but an incident left active under one (archived before
  // archiving waited for its stand-down, decision 75) can still be stood down, closing it.
  const canStandDown = active && can(actor.role, "incident:record");
  const archived = plan.status === "archived";
  const editing = canAct ? actions.find((f) => f.id === editingId && f.status !== "closed") : undefined;
  const base = `/plans/${planId}/incidents`;
  const notBack = recovery.state === "assessed" ? recovery.recovery.systems.filter((s) => !s.backAt).map((s) => s.system) : undefined;
  const systems = canRecord ? await listEntrySystems({ actor, planId, names: notBack }) : [];
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href={base} className="underline">
            All incidents
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold break-words">{incident.title}</h1>
          <IncidentStatusBadge status={incident.status} />
        </div>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
          <Fact name="Declared">
            {formatInstant(incident.declaredAt)} by {incident.declaredByName}
          </Fact>
          <Fact name="Scenario">
            {incident.scenarioName ? (
              <>
                {incident.scenarioName}
                {incident.scenarioKey ? (
                  <>
                    {" "}
                    —{" "}
                    <Link href={`/plans/${planId}/recovery/scenarios/${incident.scenarioKey}`} className="text-blue-800 underline">
                      which systems to restore first
                    </Link>
                  </>
                ) : (
                  " (no longer in the plan)"
                )}
              </>
            ) : (
              "none"
            )}
          </Fact>
          {incident.startedAt ? <Fact name="Disruption began">{formatInstant(incident.startedAt)}</Fact> : null}
          {incident.cleanBefore ? <Fact name="Last known clean">{formatInstant(incident.cleanBefore)}</Fact> : null}
          {incident.stoodDownAt ? <Fact name="Stood down">{formatInstant(incident.stoodDownAt)}</Fact> : null}
          <RunTime incident={incident} now={now} />
        </dl>
        <p className="text-sm">
          <a href={`${base}/${incident.id}/report.pdf`} className="text-blue-800 underline">
            Download incident report (PDF)
          </a>
        </p>
      </div>

      {choices ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-blue-700">Correct the declaration</summary>
          <div className="mt-3 space-y-3">
            <p className="text-sm text-slate-600">
              For a declaration recorded wrongly in the rush: the log gains an entry saying what changed, by whom and why, and the audit log keeps both
              versions.
            </p>
            <CorrectDeclarationForm action={correctDeclarationAction} planId={planId} incident={incident} scenarios={choices.scenarios} people={choices.people} />
          </div>
        </details>
      ) : null}

      <IncidentRecoverySection
        view={recovery}
        planId={planId}
        scenarioName={incident.scenarioName}
        declaredAt={incident.declaredAt}
        now={now}
        active={active}
        showAll={showAll}
        allHref={`${base}/${incident.id}?${new URLSearchParams({ systems: "all", ...(find ? { q: find } : {}) })}#recovery-heading`}
        pageHref={`${base}/${incident.id}#recovery-heading`}
        find={find}
        report={canRecord ? { action: addIncidentEntryAction, incidentId: incident.id, systemIds: Object.fromEntries(systems.map((s) => [s.name, s.id])) } : null}
      />

      {canRecord ? (
        <section aria-labelledby="add-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="add-heading" className="text-lg font-semibold">
            Add to the log
          </h2>
          <AddEntryForm action={addIncidentEntryAction} planId={planId} incidentId={incident.id} now={timeFieldValue(now)} systems={systems} />
        </section>
      ) : null}

      <section aria-labelledby="log-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="log-heading" className="text-lg font-semibold">
            Log
          </h2>
          <a href={`${base}/${incident.id}/log.csv`} className="text-sm text-blue-800 underline">
            Download the log (CSV)
          </a>
        </div>
        <IncidentTimeline incident={incident} entries={entries} />
      </section>

      {incident.stoodDownAt ? (
        <section aria-labelledby="review-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="review-heading" className="text-lg font-semibold">
            Post-incident review
          </h2>
          <p className="text-sm whitespace-pre-line break-words text-slate-800">{incident.reviewSummary}</p>
          {incident.stoodDownBy ? <p className="text-xs text-slate-500">Recorded by {incident.stoodDownBy}</p> : null}
        </section>
      ) : null}

      <CorrectiveActionsSection
        incidentId={incident.id}
        base={`${base}/${incident.id}`}
        actions={actions}
        editingId={editing?.id}
        edit={
          canAct
            ? { createAction: addCorrectiveActionAction, updateAction: updateFindingAction, closeAction: closeFindingAction, planId, people, dueHint: dueHint(incidentBound(incident)) }
            : null
        }
        now={now}
      />

      {canStandDown ? (
        <section aria-labelledby="stand-down-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="stand-down-heading" className="text-lg font-semibold">
            Stand down
          </h2>
          <p className="text-sm text-slate-600">
            {archived
              ? "This plan is archived, so the log takes no more entries. Stand the response down to close it, with its review."
              : "When the response is over: the log closes, and the review is kept with it."}
          </p>
          <StandDownForm action={standDownIncidentAction} planId={planId} incident={incident} now={timeFieldValue(now)} />
        </section>
      ) : null}
    </div>
  );
}
