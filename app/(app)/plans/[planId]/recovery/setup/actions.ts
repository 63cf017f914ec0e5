"use server";

import { revalidatePath } from "next/cache";
import { actionActor, type Actor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import { saveSite } from "@/lib/recovery/setup/save-site";
import { saveLocation } from "@/lib/recovery/setup/save-location";
import { deleteLocation } from "@/lib/recovery/setup/delete-location";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { deleteHost } from "@/lib/recovery/setup/delete-host";
import { savePolicy } from "@/lib/recovery/setup/save-policy";
import { deletePolicy } from "@/lib/recovery/setup/delete-policy";
import { addPolicyCopy, deletePolicyCopy } from "@/lib/recovery/setup/policy-copies";
import { addReplica, deleteReplica } from "@/lib/recovery/setup/replicas";
import { updateVmFacts } from "@/lib/recovery/setup/update-vm-facts";

type UseCase = (args: { actor: Actor; input: unknown }) => Promise<unknown>;

/** An edit that changed nothing says so (its use case wrote nothing). */
const unchanged = (saved: unknown) => typeof saved === "object" && saved !== null && "changed" in saved && saved.changed === false;

/**
 * One server action per use case: parse the form, run it, refresh the recovery pages. A delete
 * refused because its record changed refreshes them too, so the page shows the change (decision 73).
 */
function action(useCase: UseCase, message: string, { lists = [], deletes = false }: { lists?: string[]; deletes?: boolean } = {}) {
  return async (formData: FormData): Promise<ActionState> =>
    runAction(formData, async (values) => {
      const input: Record<string, unknown> = { ...values };
      for (const list of lists) input[list] = formData.getAll(list).map(String);
      const refresh = () => revalidatePath(`/plans/${values.planId}/recovery`, "layout");
      const actor = await actionActor();
      const saved = await (deletes ? refreshingOnConflict(() => useCase({ actor, input }), refresh) : useCase({ actor, input }));
      if (unchanged(saved)) return "Nothing changed, so nothing was saved.";
      refresh();
      return message;
    });
}

const saveSiteRun = action(saveSite, "Site saved.");
const saveLocationRun = action(saveLocation, "Location saved.");
const deleteLocationRun = action(deleteLocation, "Location deleted.", { deletes: true });
const saveHostRun = action(saveHost, "Host saved.");
const deleteHostRun = action(deleteHost, "Host deleted.", { deletes: true });
const savePolicyRun = action(savePolicy, "Policy saved.", { lists: ["systemIds"] });
const deletePolicyRun = action(deletePolicy, "Policy deleted.", { deletes: true });
const addCopyRun = action(addPolicyCopy, "Copy added.");
const deleteCopyRun = action(deletePolicyCopy, "Copy removed.");
const deleteReplicaRun = action(deleteReplica, "Replica removed.");

export async function saveSiteAction(_s: ActionState, f: FormData) {
  return saveSiteRun(f);
}
export async function saveLocationAction(_s: ActionState, f: FormData) {
  return saveLocationRun(f);
}
export async function deleteLocationAction(_s: ActionState, f: FormData) {
  return deleteLocationRun(f);
}
export async function saveHostAction(_s: ActionState, f: FormData) {
  return saveHostRun(f);
}
export async function deleteHostAction(_s: ActionState, f: FormData) {
  return deleteHostRun(f);
}
export async function savePolicyAction(_s: ActionState, f: FormData) {
  return savePolicyRun(f);
}
export async function deletePolicyAction(_s: ActionState, f: FormData) {
  return deletePolicyRun(f);
}
export async function addCopyAction(_s: ActionState, f: FormData) {
  return addCopyRun(f);
}
export async function deleteCopyAction(_s: ActionState, f: FormData) {
  return deleteCopyRun(f);
}
/** A replica on its system's own site is added with a warning, which the message carries. */
export async function addReplicaAction(_s: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const { warning } = await addReplica({ actor: await actionActor(), input: values });
    revalidatePath(`/plans/${values.planId}/recovery`, "layout");
    return warning ? `Replica added. Warning: ${warning}` : "Replica added.";
  });
}
export async function deleteReplicaAction(_s: ActionState, f: FormData) {
  return deleteReplicaRun(f);
}

export async function updateVmFactsAction(_s: ActionState, formData: FormData): Promise<ActionState> {
  const dependsOnIds = formData.getAll("dependsOnIds").map(String);
  const state = await runAction(formData, async (values) => {
    // Recovery hosts arrive as `recoveryHost.<scenarioId>` fields.
    const recoveryHosts = Object.fromEntries(
      Object.entries(values).filter(([k]) => k.startsWith("recoveryHost.")).map(([k, v]) => [k.slice("recoveryHost.".length), v]),
    );
    const saved = await updateVmFacts({ actor: await actionActor(), input: { ...values, dependsOnIds, recoveryHosts } });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    revalidatePath(`/plans/${values.planId}/recovery`, "layout");
    return "Saved.";
  });
  // Every tick comes back as one list (the form's values hold one value a field), so that a
  // refused save shows the boxes as they were ticked, not as stored.
  return state.values ? { ...state, values: { ...state.values, dependsOnIds: dependsOnIds.join(",") } } : state;
}
