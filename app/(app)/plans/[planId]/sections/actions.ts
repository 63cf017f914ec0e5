"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { saveSection } from "@/lib/sections/save-section";

export async function saveSectionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await saveSection({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    revalidatePath(`/plans/${values.planId}/sections`);
    return "Saved.";
  });
}
