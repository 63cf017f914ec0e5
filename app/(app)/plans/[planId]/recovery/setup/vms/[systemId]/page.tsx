import type { Metadata } from "next";
import { formatDuration } from "@/lib/durations";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getVmFacts } from "@/lib/recovery/setup/list-vm-facts";
import { VmFactsForm } from "@/components/recovery/setup/vm-facts-form";
import { recoveryHostText } from "@/lib/recovery/setup/recovery-host-options";
import { updateVmFactsAction } from "../../actions";
import { loadPlan } from "../../../../load-plan";
import { orNotFound } from "@/lib/http/or-not-found";
import { cache } from "react";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; systemId: string }> }): Promise<Metadata> {
  const { planId, systemId } = await params;
  await load(planId, systemId);
  return { title: "Recovery facts of a system" };
}

// Once per request: the title and the page both ask.
const load = cache(async (planId: string, systemId: string) => {
  const { actor, plan } = await loadPlan(planId);
  return { actor, plan, ...(await orNotFound(getVmFacts({ actor, planId: plan.id, systemId }))) };
});

export default async function VmFactsEditPage({ params }: { params: Promise<{ planId: string; systemId: string }> }) {
  const { planId, systemId } = await params;
  const { actor, plan, system, hosts, others, scenarios } = await load(planId, systemId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const hostOf = (id: string | null) => hosts.find((h) => h.id === id);
  return (
    <section aria-labelledby="vm-heading" className="space-y-4">
      <Link href={`/plans/${plan.id}/recovery/setup/vms`} className="text-sm underline">All systems</Link>
      <h2 id="vm-heading" className="text-lg font-semibold">{system.name}</h2>
      {!system.hostId && system.hostName && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          The last import named its host “{system.hostName}”, which is not one of this plan’s hosts.{" "}
          {canEdit ? "Choose its host below, or add that host under Hosts and import again." : "Until it has a host, the recovery assessment leaves it out."}
        </p>
      )}
      {canEdit ? (
        <VmFactsForm
          action={updateVmFactsAction}
          planId={plan.id}
          system={{
            ...system,
            dependsOnIds: system.dependsOn.map((d) => d.id),
            recoveryHosts: Object.fromEntries(system.recoveryHosts.map((r) => [r.scenarioId, r.hostId])),
          }}
          hosts={hosts}
          others={others}
          scenarios={scenarios}
        />
      ) : (
        <dl className="grid grid-cols-1 gap-2 text-sm md:grid-cols-3">
          <div><dt className="text-slate-500">Host</dt><dd>{hostOf(system.hostId)?.name ?? "—"}</dd></div>
          <div><dt className="text-slate-500">Memory (MiB)</dt><dd>{system.ramMiB ?? "—"}</dd></div>
          <div><dt className="text-slate-500">Used size (GB)</dt><dd>{system.usedGB ?? "—"}</dd></div>
          <div><dt className="text-slate-500">Boot time</dt><dd>{formatDuration(system.bootMinutes)}</dd></div>
          <div><dt className="text-slate-500">Verification time</dt><dd>{formatDuration(system.verifyMinutes)}</dd></div>
          <div><dt className="text-slate-500">Priority (1 first)</dt><dd>{system.priority}</dd></div>
          <div><dt className="text-slate-500">Depends on</dt><dd>{others.filter((o) => system.dependsOn.some((d) => d.id === o.id)).map((o) => o.name).join(", ") || "—"}</dd></div>
          {scenarios.map((sc) => (
            <div key={sc.id}>
              <dt className="text-slate-500">Recovery host in “{sc.name}”</dt>
              <dd>{recoveryHostText({ hosts, ownHostId: system.hostId, chosenHostId: system.recoveryHosts.find((r) => r.scenarioId === sc.id)?.hostId ?? "", lostHostIds: sc.lostHostIds })}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
