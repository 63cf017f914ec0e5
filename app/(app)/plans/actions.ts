"use server";

import { redirectWithOutcome } from "@/lib/http/flash";
import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { createPlan } from "@/lib/plans/create-plan";
import { renamePlan } from "@/lib/plans/rename-plan";
import { archivePlan, restorePlan } from "@/lib/plans/archive-plan";

export async function createPlanAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  let created = { planId: "", message: "" };
  const state = await runAction(formData, async (values) => {
    const plan = await createPlan({ actor: await actionActor(), input: values });
    created = { planId: plan.id, message: plan.copiedFrom ? `Plan created from ${plan.copiedFrom.name}.` : "Plan created." };
  });
  if (state.status === "ok") await redirectWithOutcome(`/plans/${created.planId}`, created.message);
  return state;
}

export async function renamePlanAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await renamePlan({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    revalidatePath(`/plans/${values.planId}`);
    return "Saved.";
  });
}

export async function archivePlanAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const { withdrawn } = await archivePlan({ actor: await actionActor(), input: values });
    revalidatePath("/plans");
    revalidatePath(`/plans/${values.planId}`, "layout");
    return withdrawn === null ? "Plan archived." : `Plan archived. Version ${withdrawn} was withdrawn from approval.`;
  });
}

export async function restorePlanAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await restorePlan({ actor: await actionActor(), input: values });
    revalidatePath("/plans");
    revalidatePath(`/plans/${values.planId}`);
    return "Plan restored.";
  });
}
