/**
 * A past management review of Harbour Lane Foods (ISO 22301 §9.3), held after the July power cut,
 * so the reviews page has an example to read. Its inputs are written as the app froze them then
 * (lib/reviews/review-inputs.ts); loaded with "Bristol operations", after its incident.
 */
import type { ReviewInputs } from "../../lib/reviews/review-inputs";
import type { StageSeed } from "./index";

export const seedReviews: StageSeed = async (tx, ctx) => {
  if (ctx.orgSlug !== "harbour-lane-foods" || ctx.planName !== "Bristol operations") return;
  const { orgId, planId } = ctx;
  const recorder = await tx.user.findFirst({ where: { email: "daniel.okafor@harbourlane.example" }, select: { id: true } });
  if (!recorder) throw new Error("The demo management review is recorded by Daniel Okafor, who is not a member.");
  const inputs: ReviewInputs = {
    asOf: "2026-09-15",
    since: null,
    previousReview: null,
    plans: [
      {
        planId,
        name: ctx.planName,
        approval: { label: "Approved v1", tone: "ok", approvedVersion: 1, approvedOn: "2026-06-12", changedSinceApproval: false, reviewOverdue: false },
        testing: { lastTestedOn: "2026-05-20", lastResult: "Passed with findings", due: false, overdueSince: null },
        findings: { open: 2, overdue: 0 },
        incidents: { count: 1, titles: ["Power cut at the Bristol head office"] },
      },
    ],
  };
  await tx.managementReview.create({
    data: {
      orgId,
      heldOn: new Date("2026-09-15T00:00:00Z"),
      attendees: "Daniel Okafor (Managing Director), Priya Shah (Continuity coordinator), Finance Director",
      inputs,
      minutes: "Reviewed the July power cut: the plan worked, inside its RTOs; the generator supplier's response did not.",
      decisions: "Renegotiate the generator contract to a two-hour response (Facilities, by December).\nFund a second UPS for HV02.",
      nextReviewOn: new Date("2027-03-15T00:00:00Z"),
      recordedById: recorder.id,
    },
  });
};
