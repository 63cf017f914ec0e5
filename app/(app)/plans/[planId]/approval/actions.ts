"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { AppError } from "@/lib/errors";
import { setApprovers } from "@/lib/versions/set-approvers";
import { setReviewCadence } from "@/lib/versions/set-review-cadence";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { withdrawVersion } from "@/lib/versions/withdraw-version";
import { verifyVersion } from "@/lib/versions/verify-version";
import { markVersionRead } from "@/lib/notifications/mark-version-read";

export async function setApproversAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const approverIds = formData.getAll("approverIds").map(String);
  const state = await runAction(formData, async (values) => {
    const saved = await setApprovers({ actor: await actionActor(), input: { planId: values.planId, approverIds } });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    revalidatePath(`/plans/${values.planId}/approval`);
    return "Approvers saved.";
  });
  // On error the form gets its ticked boxes back (as comma-separated ids), not only the last one.
  return state.values ? { ...state, values: { ...state.values, approverIds: approverIds.join(",") } } : state;
}

export async function setReviewCadenceAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const { reviewCadenceDays, changed } = await setReviewCadence({ actor: await actionActor(), input: values });
    if (!changed) return "Nothing changed, so nothing was saved.";
    // The approval's term shows on the plan's pages and in the plan list.
    revalidatePath(`/plans/${values.planId}`, "layout");
    return `Review cadence set to every ${reviewCadenceDays} days.`;
  });
}

export async function submitPlanAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const version = await submitPlan({ actor: await actionActor(), input: values });
    revalidatePath(`/plans/${values.planId}`, "layout");
    return `Version ${version.number} submitted for approval.`;
  });
}

export async function decideVersionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const { status } = await decideVersion({ actor: await actionActor(), input: values });
    revalidatePath(`/plans/${values.planId}`, "layout");
    return decisionOutcome({ decision: values.decision, status, number: values.number });
  });
}

/** What an approver is told once their decision is recorded. */
function decisionOutcome({ decision, status, number }: { decision: string; status: string; number: string }): string {
  if (decision === "rejected") return `You rejected version ${number}.`;
  return status === "approved" ? `You approved version ${number}; it is now the approved plan.` : `You approved version ${number}; other approvers still have to decide.`;
}

export async function withdrawVersionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await withdrawVersion({ actor: await actionActor(), input: values });
    revalidatePath(`/plans/${values.planId}`, "layout");
    return "Version withdrawn.";
  });
}

export async function verifyVersionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const result = await verifyVersion({ actor: await actionActor(), planId: values.planId, number: Number(values.number) });
    if (!result.ok) {
      throw new AppError("CONFLICT", `Integrity check FAILED: the stored snapshot hashes to ${result.computed}, not the recorded ${result.recorded}.`);
    }
    return `Verified: the stored snapshot still hashes to ${result.recorded}.`;
  });
}

/**
 * Called by the version page once it is shown (not a form). It answers with a message only when
 * it marked something, which tells the page to refresh the header's unread count.
 */
export async function markVersionReadAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const marked = await markVersionRead({ actor: await actionActor(), input: values });
    return marked > 0 ? `${marked === 1 ? "1 notification" : `${marked} notifications`} about this version marked read.` : undefined;
  });
}
