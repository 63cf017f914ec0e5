import "server-only";
import { authorize, type Actor } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { REVIEW_CADENCE_LABEL, setReviewCadenceSchema } from "@/lib/versions/schemas";
import { setPlanCadence } from "@/lib/plans/set-plan-cadence";

/**
 * Sets how often the plan must be reviewed and approved again: an approval holds this many days
 * (lib/versions/approval-status.ts), the one in force included, so the review due date moves at
 * once. Not the plan's content: it marks nothing changed since approval (decision 61).
 */
export async function setReviewCadence({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, reviewCadenceDays, version } = parseInput(setReviewCadenceSchema, input);
  const saved = await setPlanCadence(actor, {
    planId,
    field: "reviewCadenceDays",
    days: reviewCadenceDays,
    version,
    label: REVIEW_CADENCE_LABEL,
    action: "plan.review_cadence_changed",
  });
  return { reviewCadenceDays: saved.days, version: saved.version, changed: saved.changed };
}
