"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";

export async function markAllReadAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    await markNotificationsRead({ actor: await actionActor() });
    revalidatePath("/", "layout");
    return "All notifications marked as read.";
  });
}
