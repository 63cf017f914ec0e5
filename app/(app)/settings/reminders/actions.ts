"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { updateReminderSettings } from "@/lib/settings/update-reminder-settings";

export async function updateReminderSettingsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateReminderSettings({ actor: await actionActor(), input: values });
    if (!saved.changed) return { message: "Nothing changed, so nothing was saved.", version: saved.version };
    // No page shows the windows but this one.
    revalidatePath("/settings/reminders");
    return {
      message: `Reminders now come ${saved.approvalReminderDays} days before an approval expires and ${saved.testReminderDays} days before a test is due, from the next daily run.`,
      version: saved.version,
    };
  });
}
