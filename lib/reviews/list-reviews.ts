import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { nextReviewOverdue } from "@/lib/reviews/review-inputs";

/**
 * The organisation's management reviews, the latest held first, and whether the next review the
 * latest one set is overdue. Reviews are few (a handful a year), so the list is not paged.
 */
export async function listReviews({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  authorize(actor, "plan:read");
  const reviews = await db.managementReview.findMany({
    where: { orgId: actor.orgId },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, heldOn: true, attendees: true, nextReviewOn: true },
  });
  const latest = reviews[0] ?? null;
  return { reviews, nextDue: latest?.nextReviewOn ?? null, overdue: nextReviewOverdue(latest, now) };
}
