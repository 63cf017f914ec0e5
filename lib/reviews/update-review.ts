import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { nextReviewProblem, REVIEW_LABELS, updateReviewSchema } from "@/lib/reviews/schemas";
import { reviewScope } from "@/lib/reviews/scope";
import { reviewSnapshot } from "@/lib/reviews/review-fields";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showLabelled } from "@/lib/concurrency/show-fields";

/**
 * Edits what a review's record says (attendees, minutes, decisions, the next review's day),
 * refusing to overwrite a change someone else saved meanwhile (docs/decisions/0007). The day it was
 * held and its frozen inputs never change. A save that changes nothing writes nothing.
 */
export async function updateReview({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "review:record");
  const { reviewId, version, ...data } = parseInput(updateReviewSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.managementReview.findFirst({ where: reviewScope(actor, reviewId) });
    if (!before) throw notFound("The management review");
    if (before.version !== version) {
      throw staleEdit(
        "this review",
        await describeConflict(tx, {
          actor,
          entityType: "management_review",
          entityId: reviewId,
          actions: ["management_review.updated"],
          startedFrom: version,
          current: { version: before.version, snapshot: reviewSnapshot(before) },
          show: showLabelled(REVIEW_LABELS),
        }),
      );
    }
    const problem = nextReviewProblem(before.heldOn, data.nextReviewOn);
    if (problem) throw invalid("nextReviewOn", problem);
    const was = reviewSnapshot(before);
    const now = reviewSnapshot({ ...before, ...data });
    const changed = (Object.keys(was) as (keyof typeof was)[]).filter((key) => was[key] !== now[key]);
    if (changed.length === 0) return { ...before, changed: false };
    const { count } = await tx.managementReview.updateMany({
      where: { ...reviewScope(actor, reviewId), version },
      data: { ...data, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this review");
    await recordAudit(tx, {
      actor,
      action: "management_review.updated",
      entityType: "management_review",
      entityId: reviewId,
      planId: null,
      before: Object.fromEntries(changed.map((key) => [key, was[key]])),
      after: Object.fromEntries(changed.map((key) => [key, now[key]])),
    });
    return { ...before, ...data, version: version + 1, changed: true };
  });
}
