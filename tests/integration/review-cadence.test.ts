import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { getApprovalOverview } from "@/lib/versions/get-approval-overview";
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
  it("is saved by the committee and audited; the approval in force holds for the new term, and the plan is not changed since approval", async () => {
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
    // The due date moves with it: the approval page's words.
    const { status, term } = await getApprovalOverview({ actor: org.actors.auditor, plan: after, now: new Date(decidedAt.getTime() + DAY_MS) });
    expect(status).toMatchObject({ label: "Approved v1", changedSinceApproval: false, expired: false });
    expect(term).toBe(`Version 1's approval holds until ${formatDay(new Date(decidedAt.getTime() + 182 * DAY_MS))}.`);
    // Unlike the test cadence, which every snapshot holds (decision 59).
    await setTestCadence({ actor: org.actors.committee, input: { planId: plan.id, testCadenceDays: "180", version: String(after.version) } });
    expect((await planRow(plan.id)).contentRevision).toBe(plan.contentRevision + 1);

    // The same cadence again writes nothing.
    const again = await setReviewCadence({ actor: org.actors.admin, input: { planId: plan.id, reviewCadenceDays: "182", version: String(after.version + 1) } });
    expect(again).toMatchObject({ changed: false, version: after.version + 1 });
    expect(await cadenceAudits(plan.id)).toHaveLength(1);
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
