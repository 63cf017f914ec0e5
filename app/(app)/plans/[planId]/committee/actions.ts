"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import { addCommitteeMember } from "@/lib/committee/add-committee-member";
import { removeCommitteeMember } from "@/lib/committee/remove-committee-member";
import { updateCommitteeMember } from "@/lib/committee/update-committee-member";
import { createErtRole } from "@/lib/committee/create-ert-role";
import { updateErtRole } from "@/lib/committee/update-ert-role";
import { deleteErtRole } from "@/lib/committee/delete-ert-role";
import { updateCommitment } from "@/lib/committee/update-commitment";

function refresh(planId: string) {
  revalidatePath(`/plans/${planId}/committee`);
  revalidatePath(`/plans/${planId}`);
}

export async function addCommitteeMemberAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await addCommitteeMember({ actor: await actionActor(), input: values });
    refresh(values.planId);
    return "Added to the committee.";
  });
}

export async function updateCommitteeMemberAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const member = await updateCommitteeMember({ actor: await actionActor(), input: values });
    if (!member.changed) return { message: "Nothing changed, so nothing was saved.", version: member.version };
    refresh(values.planId);
    return { message: "Saved.", version: member.version };
  });
}

export async function removeCommitteeMemberAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const actor = await actionActor();
    await refreshingOnConflict(() => removeCommitteeMember({ actor, input: values }), () => refresh(values.planId));
    refresh(values.planId);
    return "Removed from the committee.";
  });
}

export async function createErtRoleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await createErtRole({ actor: await actionActor(), input: values });
    refresh(values.planId);
    return `${values.title} was added to the response team.`;
  });
}

export async function updateErtRoleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateErtRole({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    refresh(values.planId);
    return "Saved.";
  });
}

export async function deleteErtRoleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const actor = await actionActor();
    await refreshingOnConflict(() => deleteErtRole({ actor, input: values }), () => refresh(values.planId));
    refresh(values.planId);
    return "Role deleted.";
  });
}

export async function updateCommitmentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateCommitment({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    refresh(values.planId);
    return "Saved.";
  });
}
