import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { reviewScope } from "@/lib/reviews/scope";
import { asReviewInputs } from "@/lib/reviews/review-inputs";

/** A management review of the actor's organisation, its frozen inputs and who recorded it. */
export async function getReview({ actor, reviewId }: { actor: Actor; reviewId: string }) {
  authorize(actor, "plan:read");
  const review = await db.managementReview.findFirst({ where: reviewScope(actor, reviewId) });
  if (!review) throw notFound("The management review");
  const recorder = await db.user.findUnique({ where: { id: review.recordedById }, select: { name: true } });
  return { ...review, inputs: asReviewInputs(review.inputs), recordedBy: recorder?.name ?? "a former member" };
}
