import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { loadSchedules } from "@/lib/exercises/load-schedules";
import { getApprovalStatuses } from "@/lib/versions/get-approval-status";
import { reviewInputs, type ReviewInputs } from "@/lib/reviews/review-inputs";

/**
 * The programme as it stands at `now`, for a review held on `heldOn` (lib/reviews/review-inputs.ts
 * shapes it): the organisation's active plans, with the helpers the plan list and the approval and
 * Tests pages use, and the latest review held on or before that day as "the previous one". The
 * caller has authorised the actor; every query is scoped to their organisation.
 */
export async function gatherReviewInputs({ actor, heldOn, now }: { actor: Actor; heldOn: Date; now: Date }): Promise<ReviewInputs> {
  const orgId = actor.orgId;
  const [plans, previous] = await Promise.all([
    db.plan.findMany({
      where: { orgId, status: "active" },
      orderBy: { name: "asc" },
      select: { id: true, name: true, contentRevision: true, reviewCadenceDays: true, testCadenceDays: true },
    }),
    db.managementReview.findFirst({
      where: { orgId, heldOn: { lte: heldOn } },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      select: { heldOn: true, decisions: true },
    }),
  ]);
  const planId = { in: plans.map((p) => p.id) };
  const [approvals, schedules, lastTests, openFindings, incidents] = await Promise.all([
    getApprovalStatuses({ actor, plans, now }),
    loadSchedules({ orgId, plans, now }),
    // A test dated in the future has not happened yet (lib/exercises/schedule.ts).
    db.exercise.findMany({
      where: { orgId, planId, conductedOn: { lte: now } },
      orderBy: [{ planId: "asc" }, { conductedOn: "desc" }, { createdAt: "desc" }],
      distinct: ["planId"],
      select: { planId: true, result: true },
    }),
    db.finding.findMany({ where: { orgId, planId, status: { not: "closed" } }, select: { planId: true, status: true, dueOn: true } }),
    // Since the day of the previous review, that day included: an incident on it may not have been before it.
    db.incident.findMany({
      where: { orgId, planId, ...(previous ? { declaredAt: { gte: previous.heldOn } } : {}) },
      orderBy: { declaredAt: "desc" },
      select: { planId: true, title: true },
    }),
  ]);
  return reviewInputs({ now, plans, approvals, schedules, lastTests, openFindings, incidents, previous });
}
