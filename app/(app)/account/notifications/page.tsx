import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { getEmailPreferences } from "@/lib/notifications/get-email-preferences";
import { EmailPreferencesForm } from "@/components/notifications/email-preferences-form";
import { updateEmailPreferencesAction } from "./actions";

export const generateMetadata = permittedPageMetadata("account:notifications", "Notification e-mail choices");

export default async function EmailPreferencesPage() {
  const actor = await requireActor();
  if (!can(actor.role, "account:notifications")) notFound();
  const { choices, version } = await getEmailPreferences({ actor });
  return (
    <section aria-labelledby="email-preferences-heading" className="max-w-2xl space-y-4">
      <h1 id="email-preferences-heading" className="text-2xl font-semibold">
        Notification e-mail choices
      </h1>
      <p className="text-sm text-slate-700">
        Everything you are told appears in your{" "}
        <Link href="/notifications" className="text-blue-800 underline">
          notifications
        </Link>{" "}
        in {actor.orgName}, whatever you choose here: it is the record. Choose which of them are also e-mailed to {actor.email} (when this
        Continuity sends e-mail at all). A change applies to notifications from the moment you save it; those already made are e-mailed, or not,
        as you chose when they were made.
      </p>
      <EmailPreferencesForm action={updateEmailPreferencesAction} choices={choices} version={version} />
    </section>
  );
}
