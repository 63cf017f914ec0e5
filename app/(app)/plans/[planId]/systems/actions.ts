"use server";

import { redirectWithOutcome } from "@/lib/http/flash";
import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import { createSystem } from "@/lib/systems/create-system";
import { updateSystem } from "@/lib/systems/update-system";
import { deleteSystem } from "@/lib/systems/delete-system";

const systemsPath = (planId: string) => `/plans/${planId}/systems`;

export async function createSystemAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await createSystem({ actor: await actionActor(), input: values });
    revalidatePath(systemsPath(values.planId));
    return `${values.name.trim()} was added.`;
  });
}

export async function updateSystemAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateSystem({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    revalidatePath(systemsPath(values.planId), "layout");
    return "Saved.";
  });
}

export async function deleteSystemAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    const actor = await actionActor();
    await refreshingOnConflict(() => deleteSystem({ actor, input: values }), () => revalidatePath(systemsPath(values.planId), "layout"));
    revalidatePath(systemsPath(values.planId));
  });
  if (state.status === "ok") await redirectWithOutcome(systemsPath(String(formData.get("planId"))), "System deleted.");
  return state;
}
