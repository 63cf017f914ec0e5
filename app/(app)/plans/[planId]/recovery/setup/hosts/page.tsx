import type { Metadata } from "next";
import { formatDuration } from "@/lib/durations";
import Link from "next/link";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { HostForm } from "@/components/recovery/setup/host-form";
import { deleteHostAction, saveHostAction } from "../actions";
import { loadSetup } from "../setup-page";
import { ScrollBox } from "@/components/ui/scroll-box";
import { hostLoadText } from "@/lib/recovery/setup/host-load";

export const metadata: Metadata = { title: "Recovery setup: hosts" };

export default async function HostsPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<{ edit?: string }> }) {
  const { planId } = await params;
  const { edit } = await searchParams;
  const { setup, canEdit } = await loadSetup(planId);
  const editing = setup.hosts.find((h) => h.id === edit) ?? null;
  return (
    <section aria-labelledby="hosts-heading" className="space-y-4">
      <h2 id="hosts-heading" className="text-lg font-semibold">Hosts</h2>
      {setup.hosts.length === 0 ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm">No hosts yet.{canEdit ? " Add the hypervisor hosts systems run on, and any standby host they can be restored to." : ""}</p>
      ) : (
        <ScrollBox>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Hosts of this plan</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">Host</th>
                <th scope="col">Site</th>
                <th scope="col">Memory (MiB)</th>
                <th scope="col">Reserved (MiB)</th>
                <th scope="col">Ready after</th>
                <th scope="col">Systems</th>
                <th scope="col">Their memory today</th>
                {canEdit ? <th scope="col"><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {setup.hosts.map((h) => (
                <tr key={h.id} className="border-b border-slate-100 align-middle">
                  <th scope="row" className="py-2 font-medium">
                    {h.name} <span className="text-slate-500">({h.key})</span>
                  </th>
                  <td>{h.site?.name ?? "—"}</td>
                  <td>{h.ramMiB}</td>
                  <td>{h.reservedMiB}</td>
                  <td>{formatDuration(h.readyAfterMinutes)}</td>
                  <td>{h._count.systems}</td>
                  <td className={h.neededMiB > h.ramMiB - h.reservedMiB ? "font-medium text-red-800" : undefined}>
                    {hostLoadText({ neededMiB: h.neededMiB, memoryUnknown: h.memoryUnknown, availableMiB: h.ramMiB - h.reservedMiB })}
                  </td>
                  {canEdit ? (
                    <td className="py-1">
                      <div className="flex items-center gap-2">
                        <Link className="underline" href={`?edit=${h.id}`} aria-label={`Edit ${h.name}`}>Edit</Link>
                        <ConfirmForm
                          action={deleteHostAction}
                          fields={{ planId, id: h.id, version: String(h.version) }}
                          label="Delete"
                          ariaLabel={`Delete ${h.name}`}
                          title={`Delete ${h.name}?`}
                          body="Deleting is refused, naming them, while systems run on this host or are restored to it in a scenario, or a scenario loses it."
                          confirmLabel="Delete host"
                        />
                      </div>
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
          <h3 className="mb-3 font-semibold">{editing ? `Edit ${editing.name}` : "Add a host"}</h3>
          <HostForm key={editing?.id ?? "new"} action={saveHostAction} planId={planId} host={editing} sites={setup.sites} taken={setup.hosts.map((h) => h.key)} />
          {editing ? <Link href="?" className="mt-2 inline-block text-sm underline">Cancel editing</Link> : null}
        </div>
      ) : null}
    </section>
  );
}
