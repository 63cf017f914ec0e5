"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { addMember } from "@/lib/members/add-member";
import { changeRole } from "@/lib/members/change-role";
import { removeMember } from "@/lib/members/remove-member";
import { resetPassword } from "@/lib/members/reset-password";

export async function addMemberAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    const added = await addMember({ actor: await actionActor(), input: values });
    revalidatePath("/members");
    revalidatePath("/people");
    const account = added.existingPassword
      ? `${added.name} already had an account and was added. They sign in with the password they already have; the initial password you entered was not used.`
      : `${added.name} was added.`;
    const register = added.personCreated
      ? "They are in the People register now, so committees and response teams can name them."
      : "The People register already had them (same e-mail).";
    return `${account} ${register}`;
  });
  // The password is never sent back to the browser, even to refill the form.
  if (state.values) delete state.values.password;
  return state;
}

/** What follows a change that left versions waiting for a decision nobody can make any more. */
function strandedOutcome(count: number): string {
  if (count === 0) return "";
  return count === 1
    ? " The version awaiting their decision can no longer be approved; its submitter was told."
    : ` The ${count} versions awaiting their decision can no longer be approved; their submitters were told.`;
}

/**
 * The members page is read again after a refused role change or removal too: a refusal for a
 * version the page's warning did not name (submitted since) then shows the warning that names it.
 */
function readAgain(state: ActionState): ActionState {
  revalidatePath("/members");
  return state;
}

export async function changeRoleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return readAgain(
    await runAction(formData, async (values) => {
      const { stranded } = await changeRole({ actor: await actionActor(), input: values });
      return `Role changed.${strandedOutcome(stranded.length)}`;
    }),
  );
}

export async function removeMemberAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return readAgain(
    await runAction(formData, async (values) => {
      const { stranded } = await removeMember({ actor: await actionActor(), input: values });
      return `Member removed.${strandedOutcome(stranded.length)}`;
    }),
  );
}

export async function resetPasswordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    const { name } = await resetPassword({ actor: await actionActor(), input: values });
    revalidatePath("/members");
    return `${name}'s password was reset and their sessions ended. Hand the new password over in person.`;
  });
  if (state.values) delete state.values.password;
  return state;
}
