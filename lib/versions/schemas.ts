import { z } from "zod";
import { versionField } from "@/lib/validation";
import { durationField } from "@/lib/durations";

export const setApproversSchema = z.object({
  planId: z.string().min(1),
  approverIds: z.array(z.string().min(1)).max(20, "Name at most 20 approvers."),
});

export const submitPlanSchema = z.object({
  planId: z.string().min(1),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters.").default(""),
});

export const decideVersionSchema = z.object({
  planId: z.string().min(1),
  number: versionField(),
  decision: z.enum(["approved", "rejected"], { error: "Choose approve or reject." }),
  // The hash the approver was shown: an approval names exactly the content they saw.
  versionHash: z.string().regex(/^[0-9a-f]{64}$/, "The version's hash is missing."),
  comment: z.string().trim().max(4000, "Keep the comment under 4,000 characters.").default(""),
  agree: z.literal("yes", { error: "Tick the statement to approve." }).optional(),
});

export const versionRefSchema = z.object({
  planId: z.string().min(1),
  number: versionField(),
});

/** One evidence file of one version (a download from the version's page). */
export const versionEvidenceRefSchema = versionRefSchema.extend({ attachmentId: z.string().min(1) });

/** The review cadence's field, the same in its form, its messages and a refused stale save. */
export const REVIEW_CADENCE_LABEL = "Review the plan every (days)";

/** How long an approval holds: a month at least (a review takes that), two years at most (ISO 22301 expects one a year). */
export const setReviewCadenceSchema = z.object({
  planId: z.string().min(1),
  reviewCadenceDays: durationField(REVIEW_CADENCE_LABEL, { unit: "days", min: 30, max: 730, int: true }),
  version: versionField(),
});
