import type { Metadata } from "next";
import Link from "next/link";
import { SiteForm } from "@/components/recovery/setup/site-form";
import { saveSiteAction } from "./actions";
import { loadSetup } from "./setup-page";
import { ScrollBox } from "@/components/ui/scroll-box";
import { siteKindLabel } from "@/lib/recovery/setup/schemas";

export const metadata: Metadata = { title: "Recovery setup: sites" };

export default async function SitesPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<{ edit?: string }> }) {
  const { planId } = await params;
  const { edit } = await searchParams;
  const { setup, canEdit } = await loadSetup(planId);
  const editing = setup.sites.find((s) => s.id === edit) ?? null;
  return (
    <section aria-labelledby="sites-heading" className="space-y-4">
      <h2 id="sites-heading" className="text-lg font-semibold">Sites</h2>
      <p className="text-sm text-slate-600">The organisation&apos;s sites, shared by all its plans. Locations and hosts sit at a site; a site-loss scenario loses everything there.</p>
      {setup.sites.length === 0 ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm">No sites yet.{canEdit ? " Add the head office, any warehouse or depot, and the recovery site (a cloud region counts)." : ""}</p>
      ) : (
        <ScrollBox>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Sites of the organisation</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Address</th>
                {canEdit ? <th scope="col"><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {setup.sites.map((s) => (
                <tr key={s.id} className="border-b border-slate-100">
                  <th scope="row" className="py-2 font-medium">{s.name}</th>
                  <td>{siteKindLabel(s.kind)}</td>
                  <td>{s.address || "—"}</td>
                  {canEdit ? (
                    <td className="text-right">
                      <Link className="underline" href={`?edit=${s.id}`} aria-label={`Edit ${s.name}`}>Edit</Link>
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
          <h3 className="mb-3 font-semibold">{editing ? `Edit ${editing.name}` : "Add a site"}</h3>
          <SiteForm key={editing?.id ?? "new"} action={saveSiteAction} planId={planId} site={editing} />
          {editing ? <Link href="?" className="mt-2 inline-block text-sm underline">Cancel editing</Link> : null}
        </div>
      ) : null}
    </section>
  );
}
