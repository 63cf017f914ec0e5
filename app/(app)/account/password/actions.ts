"use server";

import { actionActor } from "@/lib/auth/context";
import { reissueSession } from "@/lib/auth/reissue-session";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { changeOwnPassword } from "@/lib/members/change-own-password";
import { signOutEverywhere } from "@/lib/members/sign-out-everywhere";

const PASSWORD_FIELDS = ["currentPassword", "newPassword", "confirmPassword"];

export async function changePasswordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    const actor = await actionActor();
    const { sessionVersion } = await changeOwnPassword({ actor, input: values });
    await reissueSession(actor, sessionVersion);
    return "Your password was changed. Anywhere else you were signed in, you are signed out.";
  });
  // Passwords are never sent back to the browser, even to refill the form.
  for (const field of PASSWORD_FIELDS) delete state.values?.[field];
  return state;
}

export async function signOutEverywhereAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const actor = await actionActor();
    const { sessionVersion } = await signOutEverywhere({ actor, input: values });
    await reissueSession(actor, sessionVersion);
    return "You were signed out of all your other devices and browsers. This one stays signed in.";
  });
}
