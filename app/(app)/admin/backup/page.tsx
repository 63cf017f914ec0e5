import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { ImportOrgForm } from "@/components/exports/import-org-form";

export const generateMetadata = permittedPageMetadata("org:export", "Backup and restore");

export default async function BackupPage() {
  const actor = await requireActor();
  if (!can(actor.role, "org:export")) notFound();
  return (
    <div className="max-w-3xl space-y-8">
      <section aria-labelledby="backup-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h1 id="backup-heading" className="text-2xl font-semibold">
          Backup and restore
        </h1>
        <p className="text-sm text-slate-700">
          Download everything of {actor.orgName} as one JSON file: members, people, departments, sites, every plan with all its content, versions and approvals, the
          audit log, notifications, attachments and reports. Importing it into another Continuity instance of the same release gives all of it back.
        </p>
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          The file is sensitive: it contains members&apos; password hashes and personal contact details. Store it encrypted, like any backup.
        </p>
        <a className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white" href="/admin/backup/export">
          Download organisation export
        </a>
      </section>
      <section aria-labelledby="restore-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="restore-heading" className="text-lg font-semibold">
          Import an organisation
        </h2>
        <p className="text-sm text-slate-700">
          Restores an exported organisation into this instance, with the same ids, so versions keep their hashes. Refused when an organisation with the same
          identifier already exists here. To restore into a new, empty instance, use <code>npx tsx --conditions=react-server scripts/import-org.ts &lt;file&gt;</code>.
        </p>
        <ImportOrgForm importUrl="/admin/backup/import" />
      </section>
    </div>
  );
}
