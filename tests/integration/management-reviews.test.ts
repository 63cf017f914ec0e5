import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { recordReview } from "@/lib/reviews/record-review";
import { updateReview } from "@/lib/reviews/update-review";
import { getReview } from "@/lib/reviews/get-review";
import { listReviews } from "@/lib/reviews/list-reviews";
import type { ReviewInputs } from "@/lib/reviews/review-inputs";
import { auditNames } from "@/lib/audit/audit-names";
import { failure, makeOrg, type TestOrg } from "./factories";

const NOW = new Date("2026-11-26T12:00:00Z");
const review = { heldOn: "2026-11-26", attendees: "Managing Director, Finance Director", minutes: "Walked through each plan.", decisions: "Test Leeds before March.", nextReviewOn: "2027-05-26" };

/** Two active plans (one approved, tested, with findings and an incident) and an archived one, straight in Postgres where the use case would add nothing. */
async function programme(org: TestOrg) {
  const bristol = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
  const leeds = await createPlan({ actor: org.actors.committee, input: { name: "Leeds depot" } });
  const old = await createPlan({ actor: org.actors.committee, input: { name: "Old warehouse" } });
  await archivePlan({ actor: org.actors.committee, input: { planId: old.id } });
  const scope = { orgId: org.orgId, planId: bristol.id };
  await db.exercise.create({ data: { ...scope, type: "walkthrough", title: "Tabletop", conductedOn: new Date("2026-10-01T00:00:00Z"), result: "passed_with_findings" } });
  await db.finding.create({ data: { ...scope, description: "Runbook out of date", severity: "high", dueOn: new Date("2026-11-01T00:00:00Z") } });
  await db.finding.create({ data: { ...scope, description: "Call list stale", severity: "low", dueOn: new Date("2027-01-01T00:00:00Z") } });
  await db.finding.create({ data: { ...scope, description: "Closed one", severity: "low", status: "closed" } });
  // Approved once its tests and findings are in: they are the plan's content (decision 5); incidents are not.
  await setApprovers({ actor: org.actors.committee, input: { planId: bristol.id, approverIds: [org.actors.executive.userId] } });
  const version = await submitPlan({ actor: org.actors.committee, input: { planId: bristol.id } });
  await decideVersion({ actor: org.actors.executive, input: { planId: bristol.id, number: version.number, decision: "approved", versionHash: version.hash, agree: "yes" } });
  const incident = { ...scope, declaredByName: "Duty manager", createdById: org.actors.executive.userId };
  await db.incident.create({ data: { ...incident, title: "Spring flood", declaredAt: new Date("2026-04-02T08:00:00Z") } });
  await db.incident.create({ data: { ...incident, title: "Power cut", declaredAt: new Date("2026-09-10T08:00:00Z") } });
  return { bristol, leeds };
}

const stored = async (id: string) => db.managementReview.findUniqueOrThrow({ where: { id } });

describe("management reviews", () => {
  it("records a review with the programme's state frozen as its inputs, audited", async () => {
    const org = await makeOrg("Review inputs");
    const { bristol, leeds } = await programme(org);
    const recorded = await recordReview({ actor: org.actors.executive, input: review, now: NOW });
    const row = await stored(recorded.id);
    expect(row).toMatchObject({ orgId: org.orgId, attendees: review.attendees, decisions: review.decisions, recordedById: org.actors.executive.userId, version: 1 });
    expect(row.heldOn.toISOString()).toBe("2026-11-26T00:00:00.000Z");
    expect(row.nextReviewOn?.toISOString()).toBe("2027-05-26T00:00:00.000Z");
    const inputs = row.inputs as ReviewInputs;
    expect(inputs).toMatchObject({ asOf: "2026-11-26", since: null, previousReview: null });
    // Active plans only, by name.
    expect(inputs.plans.map((p) => p.name)).toEqual(["Bristol operations", "Leeds depot"]);
    expect(inputs.plans[0]).toMatchObject({
      planId: bristol.id,
      approval: { label: "Approved v1", approvedVersion: 1, changedSinceApproval: false, reviewOverdue: false },
      testing: { lastTestedOn: "2026-10-01", lastResult: "Passed with findings", due: false },
      findings: { open: 2, overdue: 1 },
      incidents: { count: 2, titles: ["Power cut", "Spring flood"] },
    });
    expect(inputs.plans[1]).toMatchObject({ planId: leeds.id, approval: { label: "Draft: never approved" }, testing: { lastTestedOn: null, lastResult: null, due: true } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, entityId: recorded.id } });
    expect(audit).toMatchObject({ action: "management_review.recorded", entityType: "management_review", planId: null });
    expect(audit.after).toMatchObject({ heldOn: "2026-11-26", attendees: review.attendees, plansReviewed: 2 });
    // The audit log names the record by the day it was held.
    expect((await auditNames(org.orgId, [recorded.id])).get(recorded.id)).toBe("Held on 26 Nov 2026");

    // The record keeps what was considered, whatever happens to the plans after it.
    await db.incident.create({ data: { orgId: org.orgId, planId: bristol.id, title: "Later outage", declaredAt: NOW, declaredByName: "x", createdById: org.actors.executive.userId } });
    expect((await getReview({ actor: org.actors.auditor, reviewId: recorded.id })).inputs).toEqual(inputs);
  });

  it("carries the previous review's decisions into the next one, and counts incidents from its day", async () => {
    const org = await makeOrg("Review previous");
    await programme(org);
    await recordReview({ actor: org.actors.admin, input: { ...review, heldOn: "2026-06-01", nextReviewOn: "" }, now: NOW });
    const next = await recordReview({ actor: org.actors.executive, input: review, now: NOW });
    const inputs = (await stored(next.id)).inputs as ReviewInputs;
    expect(inputs).toMatchObject({ since: "2026-06-01", previousReview: { heldOn: "2026-06-01", decisions: review.decisions } });
    expect(inputs.plans[0].incidents).toEqual({ count: 1, titles: ["Power cut"] });
    const listed = await listReviews({ actor: org.actors.auditor, now: NOW });
    expect(listed.reviews.map((r) => r.id)[0]).toBe(next.id);
    expect(listed).toMatchObject({ overdue: false });
    expect((await listReviews({ actor: org.actors.auditor, now: new Date("2027-05-27T00:00:00Z") })).overdue).toBe(true);
  });

  it("edits the record, and refuses a stale save naming the other person's change, changing nothing", async () => {
    const org = await makeOrg("Review stale");
    const { id } = await recordReview({ actor: org.actors.executive, input: review, now: NOW });
    const edit = { reviewId: id, attendees: review.attendees, minutes: review.minutes, decisions: review.decisions, nextReviewOn: review.nextReviewOn };
    const saved = await updateReview({ actor: org.actors.admin, input: { ...edit, version: "1", decisions: "Test Leeds before February." } });
    expect(saved).toMatchObject({ changed: true, version: 2 });
    const before = await stored(id);
    const error = await failure(updateReview({ actor: org.actors.executive, input: { ...edit, version: "1", minutes: "My own minutes." } }));
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect((error as { conflict?: unknown }).conflict).toMatchObject({
      version: 2,
      by: org.actors.admin.name,
      changes: [{ field: "decisions", label: "Decisions and actions", from: review.decisions, to: "Test Leeds before February." }],
    });
    expect(await stored(id)).toEqual(before);
    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["management_review.recorded", "management_review.updated"]);
    expect(audits[1]).toMatchObject({ before: { decisions: review.decisions }, after: { decisions: "Test Leeds before February." } });
    // A save with nothing changed writes nothing.
    expect(await updateReview({ actor: org.actors.admin, input: { ...edit, version: "2", decisions: "Test Leeds before February." } })).toMatchObject({ changed: false });
    expect((await stored(id)).version).toBe(2);
  });

  it("is not found from another organisation, for reading or editing", async () => {
    const org = await makeOrg("Review tenant");
    const other = await makeOrg("Review outsider");
    const { id } = await recordReview({ actor: org.actors.executive, input: review, now: NOW });
    const before = await stored(id);
    expect(await failure(getReview({ actor: other.actors.auditor, reviewId: id }))).toMatchObject({ code: "NOT_FOUND" });
    const edit = { reviewId: id, version: "1", attendees: "Intruder", minutes: "", decisions: "", nextReviewOn: "" };
    expect(await failure(updateReview({ actor: other.actors.admin, input: edit }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await listReviews({ actor: other.actors.admin })).reviews).toEqual([]);
    expect(await stored(id)).toEqual(before);
  });

  it("is recorded and edited by top management only: the committee and auditors are refused", async () => {
    const org = await makeOrg("Review roles");
    for (const role of ["committee", "auditor"] as const) {
      expect(await failure(recordReview({ actor: org.actors[role], input: review, now: NOW }))).toMatchObject({ code: "FORBIDDEN" });
    }
    const { id } = await recordReview({ actor: org.actors.executive, input: review, now: NOW });
    const edit = { reviewId: id, version: "1", attendees: "Committee", minutes: "", decisions: "", nextReviewOn: "" };
    expect(await failure(updateReview({ actor: org.actors.committee, input: edit }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.managementReview.count({ where: { orgId: org.orgId } })).toBe(1);
    expect((await stored(id)).version).toBe(1);
    // Auditors read it.
    expect((await getReview({ actor: org.actors.auditor, reviewId: id })).attendees).toBe(review.attendees);
  });

  it("names the fields in the way: a day in the future, a next review not after the one held", async () => {
    const org = await makeOrg("Review fields");
    expect(await failure(recordReview({ actor: org.actors.executive, input: { ...review, heldOn: "2999-01-01", nextReviewOn: "" }, now: NOW }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { heldOn: "Record a review once it has been held: the date cannot be in the future." },
    });
    expect(await failure(recordReview({ actor: org.actors.executive, input: { ...review, nextReviewOn: "2026-01-01" }, now: NOW }))).toMatchObject({
      fieldErrors: { nextReviewOn: "Next review due: after the day this review was held, 26 Nov 2026." },
    });
    expect(await db.managementReview.count({ where: { orgId: org.orgId } })).toBe(0);
    const { id } = await recordReview({ actor: org.actors.executive, input: review, now: NOW });
    const edit = { reviewId: id, version: "1", attendees: review.attendees, minutes: "", decisions: "", nextReviewOn: "2026-11-26" };
    expect(await failure(updateReview({ actor: org.actors.executive, input: edit }))).toMatchObject({
      fieldErrors: { nextReviewOn: "Next review due: after the day this review was held, 26 Nov 2026." },
    });
    expect((await stored(id)).version).toBe(1);
  });
});
