import { z } from "zod";
import { versionField } from "@/lib/validation";
import { dayField } from "@/lib/exercises/schemas";
import { formatDay, latestToday } from "@/lib/days";

const text = (max: number, message: string) => z.string().trim().max(max, message).default("");
const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** What the review form calls each field, in its order: the words of a refused stale save. */
export const REVIEW_LABELS = {
  heldOn: "Held on",
  attendees: "Attendees",
  minutes: "Minutes",
  decisions: "Decisions and actions",
  nextReviewOn: "Next review due",
};

const reviewFields = {
  attendees: z
    .string({ error: "Name who attended." })
    .trim()
    .min(1, "Name who attended.")
    .max(2000, "Keep the attendees under 2,000 characters."),
  minutes: text(20000, "Keep the minutes under 20,000 characters."),
  decisions: text(20000, "Keep the decisions under 20,000 characters."),
  nextReviewOn: z.preprocess(blankToNull, dayField("Next review due: enter a date like 2027-06-30.").nullable()).default(null),
};

/** The next review comes after the one it follows: never on or before the day it was held. */
export function nextReviewProblem(heldOn: Date, nextReviewOn: Date | null): string | null {
  if (!nextReviewOn || nextReviewOn.getTime() > heldOn.getTime()) return null;
  return `Next review due: after the day this review was held, ${formatDay(heldOn)}.`;
}

// Only between two days that parsed: a field already refused keeps its own message.
const nextAfterHeld = (data: { heldOn: unknown; nextReviewOn: unknown }, ctx: z.RefinementCtx) => {
  if (!(data.heldOn instanceof Date) || !(data.nextReviewOn instanceof Date)) return;
  const problem = nextReviewProblem(data.heldOn, data.nextReviewOn);
  if (problem) ctx.addIssue({ code: "custom", path: ["nextReviewOn"], message: problem });
};

export const recordReviewSchema = z
  .object({
    heldOn: dayField("Enter the date the review was held.").refine(
      (date) => date.getTime() <= latestToday().getTime(),
      "Record a review once it has been held: the date cannot be in the future.",
    ),
    ...reviewFields,
  })
  .superRefine(nextAfterHeld);

/** An edit keeps the day it was held and the inputs frozen then: only what was said and decided changes. */
export const updateReviewSchema = z.object({ reviewId: z.string().min(1), version: versionField(), ...reviewFields });
