"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { categoriesFromValues } from "@/lib/settings/schemas";
import { updateBiaSettings } from "@/lib/settings/update-bia-settings";

export async function updateBiaSettingsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateBiaSettings({ actor: await actionActor(), input: { ...values, categories: categoriesFromValues(values) } });
    if (!saved.changed) return { message: "Nothing changed, so nothing was saved.", version: saved.version };
    revalidatePath("/", "layout");
    return { message: "Settings saved.", version: saved.version };
  });
}
