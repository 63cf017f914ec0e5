import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { getApprovalOverview } from "@/lib/versions/get-approval-overview";
import { getApprovalStatuses } from "@/lib/versions/get-approval-status";
import { approvalStage } from "@/lib/versions/approval-stage";
import { gatherReviewInputs } from "@/lib/reviews/gather-review-inputs";
import { loadReportInput } from "@/lib/reports/load-report-input";
import { setReviewCadence } from "@/lib/versions/set-review-cadence";
import { setTestCadence } from "@/lib/exercises/set-test-cadence";
import { formatDay } from "@/lib/days";
import { failure, makeOrg, refused, type TestOrg } from "./factories";

const DAY_MS = 86_400_000;

/** A plan whose version 1 the executive approved. */
async function approvedPlan(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Review ${Math.random()}` } });
  await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
  const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
  await decideVersion({ actor: org.actors.executive, input: { planId: plan.id, number: version.number, decision: "approved", versionHash: version.hash, agree: "yes" } });
  const decided = await db.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 }, select: { decidedAt: true } });
  return { plan: await db.plan.findUniqueOrThrow({ where: { id: plan.id } }), decidedAt: decided.decidedAt! };
}

const planRow = (id: string) => db.plan.findUniqueOrThrow({ where: { id } });
const cadenceAudits = (planId: string) => db.auditLog.findMany({ where: { planId, action: "plan.review_cadence_changed" } });

describe("the plan's review cadence", () => {
  it("is saved by the committee and audited; a shorter one cuts the approval in force short, and the plan is not changed since approval", async () => {
    const org = await makeOrg("Review");
    const { plan, decidedAt } = await approvedPlan(org);
    expect(plan.reviewCadenceDays).toBe(365);
    const saved = await setReviewCadence({ actor: org.actors.committee, input: { planId: plan.id, reviewCadenceDays: "26w", version: String(plan.version) } });
    expect(saved).toEqual({ reviewCadenceDays: 182, version: plan.version + 1, changed: true });
    const after = await planRow(plan.id);
    expect(after).toMatchObject({ reviewCadenceDays: 182, version: plan.version + 1, contentRevision: plan.contentRevision });
    expect(await cadenceAudits(plan.id)).toMatchObject([
      { actorId: org.actors.committee.userId, entityType: "plan", entityId: plan.id, before: { reviewCadenceDays: 365 }, after: { reviewCadenceDays: 182 } },
    ]);
    // A shorter cadence brings the due date forward: the approval page's words.
    const { status, term, cadenceNote } = await getApprovalOverview({ actor: org.actors.auditor, plan: after, now: new Date(decidedAt.getTime() + DAY_MS) });
    expect(status).toMatchObject({ label: "Approved v1", changedSinceApproval: false, expired: false });
    expect(term).toBe(`Version 1's approval holds until ${formatDay(new Date(decidedAt.getTime() + 182 * DAY_MS))}.`);
    expect(cadenceNote).toBe("Version 1 was approved for 365 days; the plan's review cadence is now 182 days, which shortens this approval too.");
    // Unlike the test cadence, which every snapshot holds (decision 59).
    await setTestCadence({ actor: org.actors.committee, input: { planId: plan.id, testCadenceDays: "180", version: String(after.version) } });
    expect((await planRow(plan.id)).contentRevision).toBe(plan.contentRevision + 1);

    // The same cadence again writes nothing.
    const again = await setReviewCadence({ actor: org.actors.admin, input: { planId: plan.id, reviewCadenceDays: "182", version: String(after.version + 1) } });
    expect(again).toMatchObject({ changed: false, version: after.version + 1 });
    expect(await cadenceAudits(plan.id)).toHaveLength(1);
  });

  it("keeps with the approval the cadence it was given for: lengthening it since extends that approval nowhere, and the page says which applies", async () => {
    const org = await makeOrg("Review");
    const { plan, decidedAt } = await approvedPlan(org);
    expect(await db.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 }, select: { approvedForDays: true } })).toEqual({ approvedForDays: 365 });
    expect(await db.auditLog.findFirstOrThrow({ where: { planId: plan.id, action: "plan.approved" } })).toMatchObject({ after: { number: 1, approvedForDays: 365 } });
    await setReviewCadence({ actor: org.actors.committee, input: { planId: plan.id, reviewCadenceDays: "730", version: String(plan.version) } });
    const after = await planRow(plan.id);
    expect(after.reviewCadenceDays).toBe(730);
    // The version keeps the term it was approved for.
    expect(await db.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 }, select: { approvedForDays: true } })).toEqual({ approvedForDays: 365 });

    // A day after the year the executive signed for: expired everywhere the approval is read, though the plan's cadence is two years now.
    const now = new Date(decidedAt.getTime() + 366 * DAY_MS);
    const expiredOn = formatDay(new Date(decidedAt.getTime() + 365 * DAY_MS));
    const { status, term, cadenceNote } = await getApprovalOverview({ actor: org.actors.auditor, plan: after, now });
    expect(status).toMatchObject({ label: "Approval v1 expired", expired: true });
    expect(term).toBe(`Version 1's approval expired on ${expiredOn}.`);
    expect(cadenceNote).toBe("Version 1 was approved for 365 days; the plan's review cadence is now 730 days, which applies from the next approval.");
    expect((await getApprovalStatuses({ actor: org.actors.auditor, plans: [after], now })).get(plan.id)).toMatchObject({ label: "Approval v1 expired" });
    expect((await approvalStage({ orgId: org.orgId, plan: after, now })).note).toBe(`The approval of version 1 expired on ${expiredOn}: it needs to be submitted for approval again.`);
    const review = await gatherReviewInputs({ actor: org.actors.executive, heldOn: now, now });
    expect(review.plans.find((p) => p.planId === plan.id)?.approval).toMatchObject({ label: "Approval v1 expired", reviewOverdue: true });
    const report = await db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber: 1, audit: null, now }));
    expect(report).toMatchObject({ reviewCadenceDays: 730, version: { number: 1, approvedForDays: 365 } });
  });

  it("holds an approval given before its cadence was kept for the plan's cadence now, and says nothing of which applies", async () => {
    const org = await makeOrg("Review");
    const { plan, decidedAt } = await approvedPlan(org);
    // As a version approved before the migration reads: no term kept.
    await db.planVersion.updateMany({ where: { planId: plan.id, number: 1 }, data: { approvedForDays: null } });
    await setReviewCadence({ actor: org.actors.committee, input: { planId: plan.id, reviewCadenceDays: "730", version: String(plan.version) } });
    const { status, term, cadenceNote } = await getApprovalOverview({ actor: org.actors.auditor, plan: await planRow(plan.id), now: new Date(decidedAt.getTime() + 366 * DAY_MS) });
    expect(status).toMatchObject({ label: "Approved v1", expired: false });
    expect(term).toBe(`Version 1's approval holds until ${formatDay(new Date(decidedAt.getTime() + 730 * DAY_MS))}.`);
    expect(cadenceNote).toBeNull();
  });

  it("refuses a cadence out of bounds, naming the field, and a save started before another change of the plan", async () => {
    const org = await makeOrg("Review");
    const { plan } = await approvedPlan(org);
    const version = String(plan.version);
    for (const [typed, message] of [
      ["7", "Review the plan every (days): enter at least 30 days."],
      ["3y", "Review the plan every (days): enter at most 730 days."],
    ]) {
      const error = await failure(setReviewCadence({ actor: org.actors.committee, input: { planId: plan.id, reviewCadenceDays: typed, version } }));
      expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { reviewCadenceDays: message } });
    }
    expect(await planRow(plan.id)).toMatchObject({ reviewCadenceDays: 365, version: plan.version });

    await setReviewCadence({ actor: org.actors.admin, input: { planId: plan.id, reviewCadenceDays: "730", version } });
    const stale = await refused(setReviewCadence({ actor: org.actors.committee, input: { planId: plan.id, reviewCadenceDays: "90", version } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.conflict).toMatchObject({
      version: plan.version + 1,
      by: org.actors.admin.name,
      changes: [{ field: "reviewCadenceDays", label: "Review the plan every (days)", from: "365", to: "730" }],
    });
    expect(await planRow(plan.id)).toMatchObject({ reviewCadenceDays: 730 });
  });

  it("is set only by who edits the plan, of its own organisation, while the plan is not archived", async () => {
    const org = await makeOrg("Review");
    const other = await makeOrg("Other");
    const { plan } = await approvedPlan(org);
    const input = { planId: plan.id, reviewCadenceDays: "90", version: String(plan.version) };
    for (const role of ["executive", "auditor"] as const) expect((await failure(setReviewCadence({ actor: org.actors[role], input }))).code).toBe("FORBIDDEN");
    expect((await failure(setReviewCadence({ actor: other.actors.committee, input }))).code).toBe("NOT_FOUND");
    await archivePlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const archived = await planRow(plan.id);
    expect((await failure(setReviewCadence({ actor: org.actors.committee, input: { ...input, version: String(archived.version) } }))).code).toBe("CONFLICT");
    expect(await planRow(plan.id)).toMatchObject({ reviewCadenceDays: 365 });
    expect(await cadenceAudits(plan.id)).toHaveLength(0);
  });
});
