import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { listSystems, systemListQuery } from "@/lib/systems/list-systems";
import { SYSTEM_KIND_LABELS } from "@/lib/systems/schemas";
import { ownerName } from "@/lib/systems/owner-name";
import { listPersonChoices } from "@/lib/people/list-person-choices";
import { ListSearch, Pagination, SortHeader } from "@/components/ui/list-controls";
import { SystemForm } from "@/components/systems/system-form";
import { InheritedTargetText } from "@/components/systems/inherited-target";
import { loadPlan } from "../load-plan";
import { createSystemAction } from "./actions";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Systems" };

const kindLabel = (kind: string) => SYSTEM_KIND_LABELS[kind as keyof typeof SYSTEM_KIND_LABELS] ?? kind;

export default async function SystemsPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string>> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const query = systemListQuery.parse(await searchParams);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const [page, people] = await Promise.all([listSystems({ actor, planId, query }), canEdit ? listPersonChoices({ actor }) : Promise.resolve([])]);
  const base = `/plans/${planId}/systems`;
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="systems-heading" className="min-w-0">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 id="systems-heading" className="text-2xl font-semibold">
            IT systems
          </h1>
          <ListSearch base={base} query={query} label="Search systems" />
        </div>
        <p className="mt-1 text-sm text-slate-600">
          The register of systems this plan depends on. Each inherits the tightest RTO and RPO of the business functions that need it, and
          the RTO of every system that depends on it: what a system waits for must be back in time too.
        </p>
        {page.total === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
            {query.q ? `No systems match “${query.q}”.` : canEdit ? "No systems yet. Add the servers, VMs and cloud services the business runs on." : "No systems recorded yet."}
          </p>
        ) : (
          <>
            <ScrollBox>
              <table className="mt-4 w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
                <caption className="sr-only">IT systems, sortable</caption>
                <thead className="bg-slate-100 text-left">
                  <tr>
                    <SortHeader base={base} query={query} column="name">Name</SortHeader>
                    <SortHeader base={base} query={query} column="kind">Kind</SortHeader>
                    <SortHeader base={base} query={query} column="owner">Owner</SortHeader>
                    <th scope="col" className="p-3">Functions</th>
                    <th scope="col" className="p-3">Inherited RTO</th>
                    <th scope="col" className="p-3">Inherited RPO</th>
                  </tr>
                </thead>
                <tbody>
                  {page.rows.map((row) => (
                    <tr key={row.id} className="border-t border-slate-200">
                      <td className="p-3">
                        <Link href={`${base}/${row.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                          {row.name}
                        </Link>
                      </td>
                      <td className="p-3">{kindLabel(row.kind)}</td>
                      <td className="p-3">{ownerName(row) ?? "—"}</td>
                      <td className="p-3 tabular-nums">{row.functionCount}</td>
                      <td className="p-3"><InheritedTargetText target={row.rto} planId={planId} /></td>
                      <td className="p-3"><InheritedTargetText target={row.rpo} planId={planId} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
            <Pagination base={base} query={query} list={page} noun="systems" one="system" />
          </>
        )}
      </section>
      {canEdit ? (
        <aside className="self-start rounded-lg border border-slate-200 bg-white p-5">
          <SystemForm action={createSystemAction} planId={planId} people={people} />
        </aside>
      ) : null}
    </div>
  );
}
