import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { updateReminderSettingsSchema } from "@/lib/settings/schemas";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { staleSettings } from "@/lib/settings/stale-settings";
import { showFields } from "@/lib/concurrency/show-fields";
import { APPROVAL_WINDOW, TEST_WINDOW } from "@/lib/settings/reminder-windows";

const REMINDER_WINDOWS_CHANGED = "org.reminder_windows_changed";

const days = (value: unknown) => `${String(value)} days`;
const showWindows = showFields({
  approvalReminderDays: { label: APPROVAL_WINDOW.label, text: days },
  testReminderDays: { label: TEST_WINDOW.label, text: days },
});

/**
 * Sets how many days before an approval expires, and before a test is due, the daily reminders
 * tell the members who can act (docs/decisions/0068), refusing to overwrite a change someone else
 * saved meanwhile (with what it was). The next daily run reads them; reminders already sent stay
 * sent. A save that changes nothing writes nothing: no new version, no audit row.
 */
export async function updateReminderSettings({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "org:settings");
  const { approvalReminderDays, testReminderDays, version } = parseInput(updateReminderSettingsSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: actor.orgId },
      select: { approvalReminderDays: true, testReminderDays: true, reminderSettingsVersion: true },
    });
    const was = { approvalReminderDays: before.approvalReminderDays, testReminderDays: before.testReminderDays };
    if (before.reminderSettingsVersion !== version) {
      throw await staleSettings(tx, {
        actor,
        action: REMINDER_WINDOWS_CHANGED,
        startedFrom: version,
        current: { version: before.reminderSettingsVersion, snapshot: was },
        show: showWindows,
      });
    }
    const windows = { approvalReminderDays, testReminderDays };
    if (was.approvalReminderDays === approvalReminderDays && was.testReminderDays === testReminderDays) return { ...windows, version, changed: false };
    const { count } = await tx.organization.updateMany({
      where: { id: actor.orgId, reminderSettingsVersion: version },
      data: { ...windows, reminderSettingsVersion: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("these settings");
    await recordAudit(tx, { actor, action: REMINDER_WINDOWS_CHANGED, entityType: "organization", entityId: actor.orgId, planId: null, before: was, after: windows });
    return { ...windows, version: version + 1, changed: true };
  });
}
