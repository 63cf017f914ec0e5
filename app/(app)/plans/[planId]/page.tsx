import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { getArchiveEffects } from "@/lib/plans/get-archive-effects";
import { archiveConfirmationBody, restoreConfirmationBody } from "@/lib/plans/archive-confirmation";
import { RenamePlanForm } from "@/components/plans/rename-plan-form";
import { StageList } from "@/components/plans/stage-list";
import { InventoryOverviewPanel } from "@/components/inventories/overview-panel";
import { ExercisesOverviewPanel } from "@/components/exercises/overview-panel";
import { OverviewPanel } from "@/components/recovery/overview-panel";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { ActiveIncidentBanner } from "@/components/incidents/active-incident-banner";
import { archivePlanAction, renamePlanAction, restorePlanAction } from "../actions";
import { loadPlan } from "./load-plan";

// The plan layout's title template applies to the pages below it, not to this one in its own segment.
export async function generateMetadata({ params }: { params: Promise<{ planId: string }> }): Promise<Metadata> {
  const { plan } = await loadPlan((await params).planId);
  return { title: { absolute: `Overview · ${plan.name} · Continuity` } };
}

export default async function PlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const loaded = await loadPlan(planId);
  const { actor } = loaded;
  const [{ plan, stages, overall }, effects] = await Promise.all([
    getPlanOverview(loaded),
    can(actor.role, "plan:archive") ? getArchiveEffects(loaded) : null,
  ]);
  const archived = plan.status === "archived";
  const canEdit = can(actor.role, "plan:edit") && !archived;
  return (
    <div className="space-y-8">
      <ActiveIncidentBanner actor={actor} planId={plan.id} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-500">Continuity plan</p>
          <h1 className="text-2xl font-semibold">{plan.name}</h1>
          {plan.description ? <p className="mt-1 max-w-2xl text-slate-700">{plan.description}</p> : null}
          {archived ? (
            <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-1 text-sm text-amber-900">
              Archived: read-only. Restore it to edit.
            </p>
          ) : null}
        </div>
        <div className="text-right">
          <p className="text-sm text-slate-500">Overall completeness</p>
          <p className="text-3xl font-semibold" aria-label={`Overall completeness ${overall} percent`}>
            {overall}%
          </p>
        </div>
      </div>

      {/* First on the page after its title: on the morning of an incident, this is what the plan is for. */}
      <Link
        href={`/plans/${plan.id}/emergency`}
        className="flex min-h-11 items-center justify-between gap-3 rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3 text-red-900 hover:bg-red-100"
      >
        <span>
          <span className="block text-lg font-semibold">In an emergency</span>
          <span className="block text-sm">Who leads, whom to call, where to go: the response team, the call tree and the numbers, on one page.</span>
        </span>
        <span aria-hidden="true" className="text-2xl">
          →
        </span>
      </Link>

      <StageList planId={plan.id} stages={stages} />
      <InventoryOverviewPanel actor={actor} planId={plan.id} />
      <ExercisesOverviewPanel actor={actor} plan={plan} />
      <OverviewPanel actor={actor} planId={plan.id} canEdit={canEdit} />

      {can(actor.role, "plan:edit") || can(actor.role, "plan:archive") ? (
        <section aria-label="Plan settings" className="grid grid-cols-1 gap-6 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2">
          {canEdit ? (
            <RenamePlanForm action={renamePlanAction} plan={plan} />
          ) : null}
          {effects ? (
            <div className="space-y-2">
              <h2 className="text-base font-semibold">{archived ? "Restore" : "Archive"}</h2>
              <p className="text-sm text-slate-600">
                {archived
                  ? "Restoring makes the plan editable again."
                  : "Archiving keeps the plan and its history, read-only, out of the list of active plans."}
              </p>
              {archived ? (
                <ConfirmForm
                  action={restorePlanAction}
                  fields={{ planId: plan.id }}
                  label="Restore plan"
                  title="Restore this plan?"
                  body={restoreConfirmationBody({ planName: plan.name, withdrawnOnArchive: effects.withdrawnOnArchive })}
                  confirmLabel="Restore"
                  variant="primary"
                />
              ) : (
                <ConfirmForm
                  action={archivePlanAction}
                  fields={{ planId: plan.id }}
                  label="Archive plan"
                  title="Archive this plan?"
                  body={archiveConfirmationBody({ planName: plan.name, pending: effects.pending })}
                  confirmLabel="Archive"
                />
              )}
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
