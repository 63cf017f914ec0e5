import "server-only";
import { authorize, type Actor } from "@/lib/auth/context";
import { latestToday } from "@/lib/days";
import { gatherReviewInputs } from "@/lib/reviews/gather-review-inputs";

/** What a review recorded now would freeze as its inputs, for the form to show before it is saved. */
export async function previewReviewInputs({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  authorize(actor, "review:record");
  return gatherReviewInputs({ actor, heldOn: latestToday(now), now });
}
