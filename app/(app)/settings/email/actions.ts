"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { retryNotificationEmail } from "@/lib/notifications/retry-notification-email";

export async function retryNotificationEmailAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const retried = await retryNotificationEmail({ actor: await actionActor(), input: values });
    // The header's warning of failed e-mails is on every page.
    revalidatePath("/", "layout");
    return `The e-mail to ${retried.recipient} will be tried once more at the worker's next round, within seconds.`;
  });
}
