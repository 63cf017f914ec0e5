/**
 * A past management review of Harbour Lane Foods (ISO 22301 §9.3), held after the July power cut,
 * so the reviews page has an example to read. Its inputs are what the app would have frozen that
 * day, worked out from the approvals, tests, findings and incident seeded before it (on 15 Sept
 * 2026: version 1 approved on 12 February and changed since by the March tabletop, whose finding
 * was closed in April; the September restore simulation not yet held); loaded with "Bristol
 * operations", after its incident.
 */
import { reviewInputsAsOf } from "./review-inputs-as-of";
import type { StageSeed } from "./index";

export const seedReviews: StageSeed = async (tx, ctx) => {
  if (ctx.orgSlug !== "harbour-lane-foods" || ctx.planName !== "Bristol operations") return;
  const { orgId, planId } = ctx;
  const recorder = await tx.user.findFirst({ where: { email: "daniel.okafor@harbourlane.example" }, select: { id: true } });
  if (!recorder) throw new Error("The demo management review is recorded by Daniel Okafor, who is not a member.");
  const heldOn = new Date("2026-09-15T00:00:00Z");
  const inputs = await reviewInputsAsOf(tx, { orgId, planId, asOf: heldOn });
  await tx.managementReview.create({
    data: {
      orgId,
      heldOn,
      attendees: "Daniel Okafor (Managing Director), Priya Shah (Continuity coordinator), Finance Director",
      inputs,
      minutes: "Reviewed the July power cut: the plan worked, inside its RTOs; the generator supplier's response did not.",
      decisions: "Renegotiate the generator contract to a two-hour response (Facilities, by December).\nFund a second UPS for HV02.",
      nextReviewOn: new Date("2027-03-15T00:00:00Z"),
      recordedById: recorder.id,
    },
  });
};
