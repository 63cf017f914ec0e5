"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { redirectWithOutcome } from "@/lib/http/flash";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { recordReview } from "@/lib/reviews/record-review";
import { updateReview } from "@/lib/reviews/update-review";

export async function recordReviewAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  let target = "";
  const state = await runAction(formData, async (values) => {
    const review = await recordReview({ actor: await actionActor(), input: values });
    revalidatePath("/reviews");
    target = `/reviews/${review.id}`;
  });
  if (state.status === "ok") await redirectWithOutcome(target, "Management review recorded, with the programme's state as of today.");
  return state;
}

export async function updateReviewAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateReview({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    revalidatePath("/reviews");
    revalidatePath(`/reviews/${values.reviewId}`);
    return { message: "Saved.", version: saved.version };
  });
}
