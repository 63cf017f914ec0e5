/**
 * A past management review of Harbour Lane Foods (ISO 22301 §9.3), held after the July power cut,
 * so the reviews page has an example to read. Its inputs are what the app would have frozen that
 * day for each active plan, worked out from the approvals, tests, findings and incident seeded
 * before it (on 15 Sept 2026: Bristol operations' version 1 approved on 12 February and changed
 * since by the March tabletop, whose finding was closed in April, the September restore simulation
 * not yet held; Avonmouth cold store a draft, never approved or tested). Loaded once both plans are.
 */
import { reviewInputsAsOf } from "./review-inputs-as-of";
import type { OrgSeed } from "./index";

export const seedReviews: OrgSeed = async (tx, { orgId, orgSlug }) => {
  if (orgSlug !== "harbour-lane-foods") return;
  const recorder = await tx.user.findFirst({ where: { email: "daniel.okafor@harbourlane.example" }, select: { id: true } });
  if (!recorder) throw new Error("The demo management review is recorded by Daniel Okafor, who is not a member.");
  const heldOn = new Date("2026-09-15T00:00:00Z");
  const inputs = await reviewInputsAsOf(tx, { orgId, asOf: heldOn });
  await tx.managementReview.create({
    data: {
      orgId,
      heldOn,
      attendees: "Daniel Okafor (Managing Director), Priya Shah (Continuity coordinator), Finance Director",
      inputs,
      minutes:
        "Reviewed the July power cut: the plan worked, inside its RTOs; the generator supplier's response did not.\nThe Avonmouth cold store plan is still a draft, never approved or tested.",
      decisions:
        "Renegotiate the generator contract to a two-hour response (Facilities, by December).\nFund a second UPS for HV02.\nSubmit the Avonmouth cold store plan for approval and hold its first test (Tom Reed, by March).",
      nextReviewOn: new Date("2027-03-15T00:00:00Z"),
      recordedById: recorder.id,
    },
  });
};
