"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { EMAIL_PREFERENCES_PATH } from "@/lib/notifications/kinds";

export async function updateEmailPreferencesAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateEmailPreferences({ actor: await actionActor(), input: values });
    if (!saved.changed) return { message: "Nothing changed, so nothing was saved.", version: saved.version };
    revalidatePath(EMAIL_PREFERENCES_PATH);
    return { message: "Your e-mail choices were saved. They apply to notifications from now on.", version: saved.version };
  });
}
