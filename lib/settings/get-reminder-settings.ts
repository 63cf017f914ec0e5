import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** What the reminders settings form starts from: the two windows and the version it saves against. */
export async function getReminderSettings({ actor }: { actor: Actor }) {
  authorize(actor, "org:settings");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: actor.orgId },
    select: { approvalReminderDays: true, testReminderDays: true, reminderSettingsVersion: true },
  });
  return { approvalReminderDays: org.approvalReminderDays, testReminderDays: org.testReminderDays, version: org.reminderSettingsVersion };
}
