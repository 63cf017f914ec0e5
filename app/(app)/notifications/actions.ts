"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";

export async function markAllReadAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    await markNotificationsRead({ actor: await actionActor() });
    revalidatePath("/", "layout");
    return "All notifications marked as read.";
  });
}

export async function markReadAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await markNotificationRead({ actor: await actionActor(), input: values });
    revalidatePath("/", "layout");
    return "Marked as read.";
  });
}
