import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { listPlans } from "@/lib/plans/list-plans";
import { listCopySources } from "@/lib/plans/list-copy-sources";
import { CreatePlanForm } from "@/components/plans/create-plan-form";
import { ApprovalBadge } from "@/components/versions/status-badge";
import { getApprovalStatuses } from "@/lib/versions/get-approval-status";
import { createPlanAction } from "./actions";
import { formatDay, formatInstant } from "@/lib/days";

export const metadata: Metadata = { title: "Plans" };

export default async function PlansPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const actor = await requireActor();
  const { show } = await searchParams;
  const status = show === "archived" ? "archived" : "active";
  const plans = await listPlans({ actor, status });
  const approval = await getApprovalStatuses({ actor, plans });
  const sources = can(actor.role, "plan:create") ? await listCopySources({ actor }) : [];
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="plans-heading">
        <div className="flex items-baseline justify-between">
          <h1 id="plans-heading" className="text-2xl font-semibold">
            {status === "archived" ? "Archived plans" : "Continuity plans"}
          </h1>
          <Link href={status === "archived" ? "/plans" : "/plans?show=archived"} className="text-sm text-blue-700 underline">
            {status === "archived" ? "Show active plans" : "Show archived plans"}
          </Link>
        </div>
        {plans.length === 0 ? (
          <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
            {status === "archived"
              ? "No archived plans."
              : can(actor.role, "plan:create")
                ? "No plans yet. Create the first one: one per site or business unit is a good start."
                : "No plans yet. The continuity committee creates them."}
          </div>
        ) : (
          <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {plans.map((plan) => (
              <li key={plan.id} className="p-4">
                <div className="flex items-start justify-between gap-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/plans/${plan.id}`} id={`plan-${plan.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                      {plan.name}
                    </Link>
                    <ApprovalBadge status={approval.get(plan.id)!} />
                  </div>
                  {/* Named alike in every row, and described by its plan: a name with the plan's in it would read as a second link to the plan. */}
                  <Link
                    href={`/plans/${plan.id}/emergency`}
                    aria-describedby={`plan-${plan.id}`}
                    className="inline-flex min-h-11 shrink-0 items-center rounded-md border border-red-700 px-3 text-sm font-medium whitespace-nowrap text-red-800 hover:bg-red-50"
                  >
                    In an emergency
                  </Link>
                </div>
                {plan.description ? <p className="mt-1 text-sm text-slate-600">{plan.description}</p> : null}
                {plan.activeIncidents.map((incident) => (
                  <p key={incident.id} className="mt-1 text-sm font-medium text-red-800" data-testid="plan-incident">
                    Incident active:{" "}
                    <Link href={`/plans/${plan.id}/incidents/${incident.id}`} className="break-words underline">
                      {incident.title}
                    </Link>
                    , declared {formatInstant(incident.declaredAt)}.
                  </p>
                ))}
                <p className="mt-1 text-sm text-slate-900" data-testid="plan-recovery">
                  {plan.recovery}
                </p>
                {plan.overdue.length ? (
                  <p className="mt-1 text-sm font-medium text-amber-900" data-testid="plan-overdue">
                    {plan.overdue.join(" ")}
                  </p>
                ) : null}
                <p className="mt-1 text-xs text-slate-500">
                  {plan.status === "archived" && plan.archivedAt
                    ? `Archived ${formatDay(plan.archivedAt)}`
                    : `Updated ${formatDay(plan.updatedAt)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {can(actor.role, "plan:create") ? (
        <aside className="rounded-lg border border-slate-200 bg-white p-5">
          <CreatePlanForm action={createPlanAction} sources={sources} />
        </aside>
      ) : null}
    </div>
  );
}
