import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { recordReviewSchema } from "@/lib/reviews/schemas";
import { gatherReviewInputs } from "@/lib/reviews/gather-review-inputs";
import { reviewSnapshot } from "@/lib/reviews/review-fields";

/**
 * Records top management's review of the programme (ISO 22301 §9.3), with its inputs gathered
 * now and frozen in the record: what the review considered stays as it was, whatever the plans
 * become.
 */
export async function recordReview({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "review:record");
  const data = parseInput(recordReviewSchema, input);
  const inputs = await gatherReviewInputs({ actor, heldOn: data.heldOn, now });
  return db.$transaction(async (tx) => {
    const review = await tx.managementReview.create({ data: { ...data, inputs, orgId: actor.orgId, recordedById: actor.userId } });
    await recordAudit(tx, {
      actor,
      action: "management_review.recorded",
      entityType: "management_review",
      entityId: review.id,
      planId: null,
      after: { ...reviewSnapshot(review), plansReviewed: inputs.plans.length },
    });
    return review;
  });
}
