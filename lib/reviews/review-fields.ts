import { dayValue } from "@/lib/days";

type ReviewFields = { heldOn: Date; attendees: string; minutes: string; decisions: string; nextReviewOn: Date | null };

/** The fields of a management review that the audit log records before and after a change (not its frozen inputs). */
export function reviewSnapshot(review: ReviewFields) {
  return {
    heldOn: dayValue(review.heldOn),
    attendees: review.attendees,
    minutes: review.minutes,
    decisions: review.decisions,
    nextReviewOn: review.nextReviewOn ? dayValue(review.nextReviewOn) : null,
  };
}
