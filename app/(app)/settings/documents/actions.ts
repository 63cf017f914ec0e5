"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { updateDocumentSettings } from "@/lib/settings/update-document-settings";

export async function updateDocumentSettingsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateDocumentSettings({ actor: await actionActor(), input: values });
    if (!saved.changed) return { message: "Nothing changed, so nothing was saved.", version: saved.version };
    // Every page prints the marking, and the emergency sheets show it.
    revalidatePath("/", "layout");
    const message = saved.documentMarking ? `Documents are now marked “${saved.documentMarking}”.` : "Documents now carry no marking.";
    return { message, version: saved.version };
  });
}
