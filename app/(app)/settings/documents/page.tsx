import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { getDocumentSettings } from "@/lib/settings/get-document-settings";
import { DocumentSettingsForm } from "@/components/settings/document-settings-form";
import { updateDocumentSettingsAction } from "./actions";

export const generateMetadata = permittedPageMetadata("org:settings", "Documents");

export default async function DocumentSettingsPage() {
  const actor = await requireActor();
  if (!can(actor.role, "org:settings")) notFound();
  const settings = await getDocumentSettings({ actor });
  return (
    <section aria-labelledby="documents-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="documents-heading" className="text-lg font-semibold">
        Documents
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">
        Plans hold crisis contacts, insurance policies and their own weaknesses. A classification marking tells whoever holds a copy how to
        handle it: it is printed at the top and foot of every page of every PDF report, at the top of each plan&apos;s emergency sheet, and at
        the top and foot of any page of Continuity printed from the browser. A report made after a change carries the new marking, whichever
        version it shows. CSV and JSON downloads carry none, since imports and checksums read them back exactly: handle them as the marking says.
      </p>
      <DocumentSettingsForm action={updateDocumentSettingsAction} documentMarking={settings.documentMarking} version={settings.version} />
    </section>
  );
}
