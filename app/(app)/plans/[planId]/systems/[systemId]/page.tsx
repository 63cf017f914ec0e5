import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { formatDuration } from "@/lib/durations";
import { getSystem } from "@/lib/systems/get-system";
import { SYSTEM_KIND_LABELS } from "@/lib/systems/schemas";
import { ownerName } from "@/lib/systems/owner-name";
import { getSystemDeletion } from "@/lib/systems/system-deletion";
import { systemDeletionText } from "@/lib/systems/deletion-words";
import { CitedByTests } from "@/components/exercises/cited-by-tests";
import { listPersonChoices } from "@/lib/people/list-person-choices";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { SystemForm } from "@/components/systems/system-form";
import { InheritedTargetText } from "@/components/systems/inherited-target";
import { loadPlan } from "../../load-plan";
import { deleteSystemAction, updateSystemAction } from "../actions";
import { orNotFound } from "@/lib/http/or-not-found";
import { ScrollBox } from "@/components/ui/scroll-box";
import { cache } from "react";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; systemId: string }> }): Promise<Metadata> {
  const { planId, systemId } = await params;
  await load(planId, systemId);
  return { title: "System" };
}

// Once per request: the title and the page both ask.
const load = cache(async (planId: string, systemId: string) => {
  const { actor, plan } = await loadPlan(planId);
  return { actor, plan, ...(await orNotFound(getSystem({ actor, planId, systemId }))) };
});

export default async function SystemPage({ params }: { params: Promise<{ planId: string; systemId: string }> }) {
  const { planId, systemId } = await params;
  const { actor, plan, system, inherited } = await load(planId, systemId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const [people, deletion] = canEdit ? await Promise.all([listPersonChoices({ actor }), getSystemDeletion({ actor, planId, systemId })]) : [[], null];
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="system-heading" className="space-y-4">
        <Link href={`/plans/${planId}/systems`} className="text-sm text-blue-700 underline">
          All systems
        </Link>
        <h1 id="system-heading" className="text-2xl font-semibold">
          {system.name}
        </h1>
        <dl className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-2">
          <div><dt className="text-slate-500">Kind</dt><dd>{SYSTEM_KIND_LABELS[system.kind as keyof typeof SYSTEM_KIND_LABELS] ?? system.kind}</dd></div>
          <div>
            <dt className="text-slate-500">Owner</dt>
            <dd>
              {system.ownerPerson ? (
                <Link href={`/people/${system.ownerPerson.id}`} className="text-blue-800 underline">
                  {system.ownerPerson.name}
                </Link>
              ) : (
                (ownerName(system) ?? "—")
              )}
            </dd>
          </div>
          <div className="sm:col-span-2"><dt className="text-slate-500">Description</dt><dd>{system.description || "—"}</dd></div>
          <div><dt className="text-slate-500">Inherited RTO</dt><dd><InheritedTargetText target={inherited.rto} planId={planId} /></dd></div>
          <div>
            <dt className="text-slate-500">Inherited RPO</dt>
            <dd>
              <InheritedTargetText target={inherited.rpo} planId={planId} />
              {inherited.rpo === null && inherited.rto?.through.length ? (
                <p className="text-xs text-slate-500">An RPO is not passed down from the systems that depend on it: link the functions whose data it holds to it.</p>
              ) : null}
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-slate-500">Recovery</dt>
            <dd>
              <Link href={`/plans/${planId}/recovery/systems/${system.id}`} className="text-blue-800 underline">
                Readiness of {system.name}
              </Link>{" "}
              (its data loss and restore time in each scenario)
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-slate-500">Consistency groups</dt>
            <dd>{system.consistencyGroups.length ? system.consistencyGroups.map((g) => `${g.name} (${g.key})`).join(", ") : "—"}</dd>
          </div>
        </dl>
        <h2 className="text-lg font-semibold">Functions that depend on it</h2>
        {system.functions.length === 0 ? (
          <p className="text-sm text-slate-600">
            {inherited.rto?.through.length
              ? "No business function uses this system directly: its RTO comes from the systems that depend on it."
              : "No business function depends on this system yet: link it from a function's dependencies."}
          </p>
        ) : (
          <ScrollBox>
            <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
              <caption className="sr-only">Functions that depend on {system.name}</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="p-3">Function</th>
                  <th scope="col" className="p-3">RTO</th>
                  <th scope="col" className="p-3">RPO</th>
                </tr>
              </thead>
              <tbody>
                {system.functions.map((f) => (
                  <tr key={f.id} className="border-t border-slate-200">
                    <td className="p-3"><Link href={`/plans/${planId}/bia/functions/${f.id}`} className="text-blue-800 underline">{f.name}</Link></td>
                    <td className="p-3">{formatDuration(f.rtoMinutes)}</td>
                    <td className="p-3">{formatDuration(f.rpoMinutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </section>
      {canEdit ? (
        <aside className="space-y-6 self-start rounded-lg border border-slate-200 bg-white p-5">
          <SystemForm action={updateSystemAction} planId={planId} people={people} system={system} />
          {deletion?.tests.length ? (
            <div className="space-y-2">
              <h2 className="text-base font-semibold">Delete system</h2>
              <CitedByTests kind="system" name={system.name} planId={planId} tests={deletion.tests} />
            </div>
          ) : deletion ? (
            <ConfirmForm
              action={deleteSystemAction}
              fields={{ planId, systemId, version: String(system.version) }}
              label="Delete system"
              title={`Delete ${system.name}?`}
              body={systemDeletionText(system.name, deletion.removes)}
              confirmLabel="Delete system"
            />
          ) : null}
        </aside>
      ) : null}
    </div>
  );
}
