import type { Metadata } from "next";
import { formatDuration } from "@/lib/durations";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { ListSearch, Pagination, SortHeader } from "@/components/ui/list-controls";
import { listVmFacts } from "@/lib/recovery/setup/list-vm-facts";
import { loadPlan } from "../../../load-plan";
import { ScrollBox } from "@/components/ui/scroll-box";
import { fewOf } from "@/lib/count";

export const metadata: Metadata = { title: "Recovery setup: VM facts" };

export default async function VmFactsPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string>> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const { query, page } = await listVmFacts({ actor, planId: plan.id, query: await searchParams });
  const base = `/plans/${plan.id}/recovery/setup/vms`;
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  return (
    <section aria-labelledby="vms-heading" className="space-y-4">
      <h2 id="vms-heading" className="text-lg font-semibold">VM facts</h2>
      <p className="text-sm text-slate-600">
        What a restore of each system needs: its host, memory, used size, boot and verification times, priority and dependencies. Import them from RVTools or a CSV on the Imports tab, then refine here.
      </p>
      <ListSearch base={base} query={query} label="Search systems" />
      {page.total === 0 ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm">{query.q ? "No system matches the search." : `No systems yet.${canEdit ? " Import a VM inventory on the Imports tab." : ""}`}</p>
      ) : (
        <>
          <ScrollBox>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Systems with their recovery facts</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <SortHeader base={base} query={query} column="name" className="py-2">System</SortHeader>
                  <th scope="col">Host</th>
                  <SortHeader base={base} query={query} column="ramMiB" className="py-2">Memory (MiB)</SortHeader>
                  <SortHeader base={base} query={query} column="usedGB" className="py-2">Used (GB)</SortHeader>
                  <th scope="col">Boot + verify</th>
                  <SortHeader base={base} query={query} column="priority" className="py-2">Priority</SortHeader>
                  <th scope="col">Depends on</th>
                  <th scope="col">Policies</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((s) => (
                  <tr key={s.id} className="border-b border-slate-100">
                    <th scope="row" className="py-2 font-medium">
                      <Link className="underline" href={`${base}/${s.id}`}>{s.name}</Link>
                    </th>
                    <td>{s.host?.key ?? (s.hostName ? `${s.hostName} (not linked)` : s.kind === "saas" ? "none (SaaS)" : "—")}</td>
                    <td>{s.ramMiB ?? "—"}</td>
                    <td>{s.usedGB ?? "—"}</td>
                    {/* Nothing set on a system with no host (a SaaS service, say) is not "0 + 0": there is no restore to time. */}
                    <td>{s.host || s.bootMinutes || s.verifyMinutes ? `${formatDuration(s.bootMinutes)} + ${formatDuration(s.verifyMinutes)}` : "—"}</td>
                    <td>{s.priority}</td>
                    <td>{fewOf(s.dependsOn.map((d) => d.name), 3) || "—"}</td>
                    <td>{s._count.policies}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <Pagination base={base} query={query} list={page} noun="systems" one="system" />
        </>
      )}
    </section>
  );
}
