"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import type { Actor } from "@/lib/auth/context";
import { setFunctionPriority } from "@/lib/priorities/set-function-priority";
import { createTier } from "@/lib/priorities/create-tier";
import { updateTier } from "@/lib/priorities/update-tier";
import { deleteTier } from "@/lib/priorities/delete-tier";
import { createGroup } from "@/lib/priorities/create-group";
import { updateGroup } from "@/lib/priorities/update-group";
import { deleteGroup } from "@/lib/priorities/delete-group";

type UseCase = (args: { actor: Actor; input: unknown }) => Promise<unknown>;

/** An edit that changed nothing says so (its use case wrote nothing). */
const unchanged = (saved: unknown) => typeof saved === "object" && saved !== null && "changed" in saved && saved.changed === false;

/**
 * Runs a priorities use case on the submitted form and refreshes the plan's pages. A delete
 * refused as stale refreshes them too, so the row beside the notice shows the change
 * (docs/decisions/0073).
 */
function run(useCase: UseCase, message: string, { withSystems = false, deletes = false } = {}) {
  return async (formData: FormData): Promise<ActionState> => {
    const systemIds = formData.getAll("systemIds").map(String);
    const state = await runAction(formData, async (values) => {
      const input = withSystems ? { ...values, systemIds } : values;
      const actor = await actionActor();
      const refresh = () => revalidatePath(`/plans/${values.planId}`, "layout");
      const saved = deletes ? await refreshingOnConflict(() => useCase({ actor, input }), refresh) : await useCase({ actor, input });
      if (unchanged(saved)) return "Nothing changed, so nothing was saved.";
      refresh();
      return message;
    });
    // A multiple select sends one value per choice: the form gets them all back after an error.
    if (withSystems && state.values) state.values = { ...state.values, systemIds: systemIds.join(",") };
    return state;
  };
}

export async function setPriorityAction(_state: ActionState, formData: FormData) {
  return run(setFunctionPriority, "Priority saved.")(formData);
}
export async function createTierAction(_state: ActionState, formData: FormData) {
  return run(createTier, "Tier added.")(formData);
}
export async function updateTierAction(_state: ActionState, formData: FormData) {
  return run(updateTier, "Tier saved.")(formData);
}
export async function deleteTierAction(_state: ActionState, formData: FormData) {
  return run(deleteTier, "Tier deleted.", { deletes: true })(formData);
}
export async function createGroupAction(_state: ActionState, formData: FormData) {
  return run(createGroup, "Consistency group added.", { withSystems: true })(formData);
}
export async function updateGroupAction(_state: ActionState, formData: FormData) {
  return run(updateGroup, "Consistency group saved.", { withSystems: true })(formData);
}
export async function deleteGroupAction(_state: ActionState, formData: FormData) {
  return run(deleteGroup, "Consistency group deleted.", { deletes: true })(formData);
}
