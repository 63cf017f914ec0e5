import type { Metadata } from "next";
import { formatDuration } from "@/lib/durations";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { ReplicaForm } from "@/components/recovery/setup/replica-form";
import { addReplicaAction, deleteReplicaAction } from "../actions";
import { loadSetup } from "../setup-page";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Recovery setup: replicas" };

export default async function ReplicasPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { setup, canEdit } = await loadSetup(planId);
  return (
    <section aria-labelledby="replicas-heading" className="space-y-4">
      <h2 id="replicas-heading" className="text-lg font-semibold">Replicas</h2>
      <p className="text-sm text-slate-600">A replica is a standby copy of a system kept a few minutes behind it (Hyper-V Replica, storage replication).</p>
      {setup.replicas.length === 0 ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm">No replicas.{canEdit ? " Add one for each system replicated to a standby location." : ""}</p>
      ) : (
        <ScrollBox>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Replicas of this plan</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">System</th>
                <th scope="col">Location</th>
                <th scope="col">Lag</th>
                {canEdit ? <th scope="col"><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {setup.replicas.map((r) => (
                <tr key={r.id} className="border-b border-slate-100">
                  <th scope="row" className="py-2 font-medium">{r.system.name}</th>
                  <td className="py-2">
                    {r.location.name}
                    {r.warning ? (
                      <span className="mt-1 block text-xs font-medium text-amber-800" data-replica-warning>
                        Warning: {r.warning}
                      </span>
                    ) : null}
                  </td>
                  <td>{formatDuration(r.lagMinutes)}</td>
                  {canEdit ? (
                    <td>
                      <ConfirmForm action={deleteReplicaAction} fields={{ planId, id: r.id }} label="Remove" ariaLabel={`Remove the replica of ${r.system.name} at ${r.location.name}`} title={`Remove the replica of ${r.system.name}?`} body="The assessment will no longer count on it." confirmLabel="Remove replica" />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {canEdit ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-3 font-semibold">Add a replica</h3>
          <ReplicaForm action={addReplicaAction} planId={planId} systems={setup.systems} locations={setup.locations} />
        </div>
      ) : null}
    </section>
  );
}
