"use server";

import { redirectWithOutcome } from "@/lib/http/flash";
import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { createPerson } from "@/lib/people/create-person";
import { updatePerson } from "@/lib/people/update-person";
import { deletePerson } from "@/lib/people/delete-person";

export async function createPersonAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const person = await createPerson({ actor: await actionActor(), input: values });
    revalidatePath("/people");
    return `${person.name} was added to the register.`;
  });
}

export async function updatePersonAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updatePerson({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    revalidatePath("/people");
    revalidatePath(`/people/${values.personId}`);
    return "Saved.";
  });
}

export async function deletePersonAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    await deletePerson({ actor: await actionActor(), input: values });
    revalidatePath("/people");
  });
  if (state.status === "ok") await redirectWithOutcome("/people", "Removed from the people register.");
  return state;
}
