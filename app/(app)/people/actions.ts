"use server";

import { redirectWithOutcome } from "@/lib/http/flash";
import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import { createPerson } from "@/lib/people/create-person";
import { updatePerson } from "@/lib/people/update-person";
import { deletePerson } from "@/lib/people/delete-person";
import { importPeople, previewPeopleImport, type PeopleImportPreview } from "@/lib/people/import-people";

/** An import's form state: a preview also carries what the import would do, for the page to show and the user to confirm. */
export type PeopleImportState = ActionState & { preview?: PeopleImportPreview };

const skippedText = (skipped: number) => (skipped ? `, ${skipped} skipped` : "");

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
    const actor = await actionActor();
    await refreshingOnConflict(() => deletePerson({ actor, input: values }), () => revalidatePath(`/people/${values.personId}`));
    revalidatePath("/people");
  });
  if (state.status === "ok") await redirectWithOutcome("/people", "Removed from the people register.");
  return state;
}

export async function previewPeopleImportAction(_state: PeopleImportState, formData: FormData): Promise<PeopleImportState> {
  let preview: PeopleImportPreview | undefined;
  const state = await runAction(formData, async () => {
    preview = await previewPeopleImport({ actor: await actionActor(), file: formData.get("file") });
    const { fileName, added, updated, unchanged, skipped } = preview;
    return `Preview of ${fileName}: ${added} to add, ${updated} to update, ${unchanged} unchanged${skippedText(skipped)}. Nothing is saved until you confirm.`;
  });
  return preview ? { ...state, preview } : state;
}

export async function importPeopleAction(_state: PeopleImportState, formData: FormData): Promise<PeopleImportState> {
  return runAction(formData, async (values) => {
    const { fileName, added, updated, unchanged, skipped } = await importPeople({ actor: await actionActor(), input: values, file: formData.get("file") });
    if (added + updated === 0) return `Nothing was imported: the register already holds what ${fileName} says (${unchanged} unchanged${skippedText(skipped)}).`;
    revalidatePath("/people");
    return `Imported ${fileName}: ${added} added, ${updated} updated, ${unchanged} unchanged${skippedText(skipped)}.`;
  });
}
