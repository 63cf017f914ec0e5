import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { getReminderSettings } from "@/lib/settings/get-reminder-settings";
import { ReminderSettingsForm } from "@/components/settings/reminder-settings-form";
import { updateReminderSettingsAction } from "./actions";

export const generateMetadata = permittedPageMetadata("org:settings", "Reminders");

export default async function ReminderSettingsPage() {
  const actor = await requireActor();
  if (!can(actor.role, "org:settings")) notFound();
  const settings = await getReminderSettings({ actor });
  return (
    <section aria-labelledby="reminders-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="reminders-heading" className="text-lg font-semibold">
        Reminders
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">
        Every morning at 06:00 UTC, the members who can act are told in Continuity, in their notifications, of approvals about to expire or
        expired, tests about to fall due or overdue, findings and corrective actions past their due day, and a management review past its date.
        A plan that has been approved but never tested, or some of whose scenarios never were, is told to its editors once. Each thing is told
        once per due day; here you choose how early the first reminders come. A change applies from the next morning&apos;s run.
      </p>
      <p className="max-w-3xl text-sm text-slate-600">
        A reminder is also e-mailed only when this Continuity sends e-mail (see{" "}
        <Link href="/settings/email" className="text-blue-800 underline">
          E-mail delivery
        </Link>
        ), and only to members who have not turned reminder e-mails off in their e-mail choices.
      </p>
      <ReminderSettingsForm
        action={updateReminderSettingsAction}
        approvalReminderDays={settings.approvalReminderDays}
        testReminderDays={settings.testReminderDays}
        version={settings.version}
      />
    </section>
  );
}
