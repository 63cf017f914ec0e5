import type { Metadata } from "next";
import { formatDuration } from "@/lib/durations";
import Link from "next/link";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { LocationForm } from "@/components/recovery/setup/location-form";
import { deleteLocationAction, saveLocationAction } from "../actions";
import { loadSetup } from "../setup-page";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Recovery setup: backup locations" };

/** What deleting a location takes with it: its recorded points only when it has some. */
function deleteBody(points: number): string {
  const recorded = points === 0 ? "" : points === 1 ? "Its one recorded restore point is deleted with it. " : `Its ${points.toLocaleString("en-GB")} recorded restore points are deleted with it. `;
  return `${recorded}Measured restores from it stay on their tests but are left out of the recovery assessment. A location that a policy writes or copies to cannot be deleted.`;
}

export default async function LocationsPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<{ edit?: string }> }) {
  const { planId } = await params;
  const { edit } = await searchParams;
  const { setup, canEdit } = await loadSetup(planId);
  const editing = setup.locations.find((l) => l.id === edit) ?? null;
  return (
    <section aria-labelledby="locations-heading" className="space-y-4">
      <h2 id="locations-heading" className="text-lg font-semibold">Backup locations</h2>
      {setup.locations.length === 0 ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm">No backup locations yet.{canEdit ? " Add where restore points are kept: a NAS, rotated USB drives, a cloud bucket." : ""}</p>
      ) : (
        <ScrollBox>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Backup locations of this plan</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">Location</th>
                <th scope="col">Site</th>
                <th scope="col">Reachable</th>
                <th scope="col">Immutable (days)</th>
                <th scope="col">Throughput (MB/s)</th>
                <th scope="col">Per stream (MB/s)</th>
                <th scope="col">Parallel restores</th>
                <th scope="col">Retrieval</th>
                <th scope="col">Restore points</th>
                {canEdit ? <th scope="col"><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {setup.locations.map((l) => (
                <tr key={l.id} className="border-b border-slate-100 align-middle">
                  <th scope="row" className="py-2 font-medium">
                    {l.name} <span className="text-slate-500">({l.key})</span>
                  </th>
                  <td>{l.site?.name ?? "—"}</td>
                  <td>{l.online ? "Online" : "Offline media"}</td>
                  <td>{l.immutableDays}</td>
                  <td>{l.throughputMBps}</td>
                  <td>{l.streamMBps ?? "—"}</td>
                  <td>{l.maxStreams}</td>
                  <td>{formatDuration(l.retrievalMinutes)}</td>
                  <td>{l._count.restorePoints}</td>
                  {canEdit ? (
                    <td className="py-1">
                      <div className="flex items-center gap-2">
                        <Link className="underline" href={`?edit=${l.id}`} aria-label={`Edit ${l.name}`}>Edit</Link>
                        <ConfirmForm
                          action={deleteLocationAction}
                          fields={{ planId, id: l.id, version: String(l.version) }}
                          label="Delete"
                          ariaLabel={`Delete ${l.name}`}
                          title={`Delete ${l.name}?`}
                          body={deleteBody(l._count.restorePoints)}
                          confirmLabel="Delete location"
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
          <h3 className="mb-3 font-semibold">{editing ? `Edit ${editing.name}` : "Add a backup location"}</h3>
          <LocationForm key={editing?.id ?? "new"} action={saveLocationAction} planId={planId} location={editing} sites={setup.sites} taken={setup.locations.map((l) => l.key)} />
          {editing ? <Link href="?" className="mt-2 inline-block text-sm underline">Cancel editing</Link> : null}
        </div>
      ) : null}
    </section>
  );
}
