import { describe, expect, it } from "vitest";
import { checkInput } from "@/lib/validation";
import { approvalStatus } from "@/lib/versions/approval-status";
import { testSchedule } from "@/lib/exercises/schedule";
import { asReviewInputs, INCIDENT_TITLES_KEPT, nextReviewOverdue, reviewInputs } from "@/lib/reviews/review-inputs";
import { recordReviewSchema, updateReviewSchema } from "@/lib/reviews/schemas";

const now = new Date("2026-11-25T12:00:00Z");
const plans = [
  { id: "p1", name: "Bristol operations" },
  { id: "p2", name: "Leeds depot" },
];
const approved = approvalStatus({
  versions: [{ number: 2, status: "approved", contentRevision: 4, decidedAt: new Date("2026-06-01T09:00:00Z"), approvedForDays: 365 }],
  contentRevision: 5,
  reviewCadenceDays: 365,
  now,
});
const never = approvalStatus({ versions: [], contentRevision: 1, reviewCadenceDays: 365, now });
const tested = testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: new Date("2026-03-02T00:00:00Z"), scenarioIds: [], failed: false }], scenarios: [], now });
const stale = testSchedule({ cadenceDays: 90, exercises: [{ conductedOn: new Date("2026-03-02T00:00:00Z"), scenarioIds: [], failed: true }], scenarios: [], now });

const inputs = (previous: { heldOn: Date; decisions: string } | null = null) =>
  reviewInputs({
    now,
    plans,
    approvals: new Map([
      ["p1", approved],
      ["p2", never],
    ]),
    schedules: new Map([
      ["p1", tested],
      ["p2", stale],
    ]),
    lastTests: [
      { planId: "p1", result: "passed_with_findings" },
      { planId: "p2", result: "failed" },
    ],
    openFindings: [
      { planId: "p1", status: "open", dueOn: new Date("2026-11-24T00:00:00Z") },
      // Due today: not overdue until the day has passed.
      { planId: "p1", status: "in_progress", dueOn: new Date("2026-11-25T00:00:00Z") },
      { planId: "p1", status: "open", dueOn: null },
    ],
    incidents: [
      { planId: "p1", title: "Power cut" },
      { planId: "p1", title: "Flood" },
    ],
    previous,
  });

describe("a management review's inputs", () => {
  it("say where each active plan stands with approval, testing, findings and incidents, in the words its pages use", () => {
    const [bristol, leeds] = inputs().plans;
    expect(bristol).toEqual({
      planId: "p1",
      name: "Bristol operations",
      approval: { label: "Changed since approval v2", tone: "warning", approvedVersion: 2, approvedOn: "2026-06-01", changedSinceApproval: true, reviewOverdue: false },
      testing: { lastTestedOn: "2026-03-02", lastResult: "Passed with findings", due: false, overdueSince: null },
      findings: { open: 3, overdue: 1 },
      incidents: { count: 2, titles: ["Power cut", "Flood"] },
    });
    expect(leeds.approval).toMatchObject({ label: "Draft: never approved", approvedVersion: null, approvedOn: null });
    expect(leeds.testing).toEqual({ lastTestedOn: "2026-03-02", lastResult: "Failed", due: true, overdueSince: "2026-05-31" });
    expect(leeds.findings).toEqual({ open: 0, overdue: 0 });
    expect(leeds.incidents).toEqual({ count: 0, titles: [] });
  });

  it("carry the previous review's decisions and count incidents from its day; with none, from the start", () => {
    expect(inputs()).toMatchObject({ asOf: "2026-11-25", since: null, previousReview: null });
    const after = inputs({ heldOn: new Date("2026-05-10T00:00:00Z"), decisions: "Fund a second site." });
    expect(after).toMatchObject({ since: "2026-05-10", previousReview: { heldOn: "2026-05-10", decisions: "Fund a second site." } });
  });

  it("survive a JSON round trip unchanged (the record freezes them as JSON), and a stored value not of this shape shows nothing", () => {
    const frozen = inputs({ heldOn: new Date("2026-05-10T00:00:00Z"), decisions: "x" });
    expect(asReviewInputs(JSON.parse(JSON.stringify(frozen)))).toEqual(frozen);
    expect(asReviewInputs([])).toBeNull();
    expect(asReviewInputs({ plans: "nope" })).toBeNull();
  });

  it("keep the titles of a plan's first incidents only, and count them all", () => {
    const many = Array.from({ length: INCIDENT_TITLES_KEPT + 5 }, (_, i) => ({ planId: "p1", title: `Incident ${i}` }));
    const shaped = reviewInputs({ now, plans, approvals: new Map(), schedules: new Map(), lastTests: [], openFindings: [], incidents: many, previous: null });
    expect(shaped.plans[0].incidents.count).toBe(INCIDENT_TITLES_KEPT + 5);
    expect(shaped.plans[0].incidents.titles).toHaveLength(INCIDENT_TITLES_KEPT);
  });
});

describe("the next review", () => {
  it("is overdue once its day has fully passed, and never without one", () => {
    expect(nextReviewOverdue({ nextReviewOn: new Date("2026-11-25T00:00:00Z") }, now)).toBe(false);
    expect(nextReviewOverdue({ nextReviewOn: new Date("2026-11-24T00:00:00Z") }, now)).toBe(true);
    expect(nextReviewOverdue({ nextReviewOn: null }, now)).toBe(false);
    expect(nextReviewOverdue(null, now)).toBe(false);
  });
});

describe("the review forms", () => {
  const review = { heldOn: "2026-11-20", attendees: "A. Chen (CEO), B. Patel (CFO)", minutes: "", decisions: "Test the Leeds plan.", nextReviewOn: "" };

  it("take a review held today or before, with no next date", () => {
    expect(checkInput(recordReviewSchema, review)).toMatchObject({ success: true, data: { nextReviewOn: null } });
  });

  it("name the fields in the way: a day in the future, no attendees, a next review not after this one", () => {
    expect(checkInput(recordReviewSchema, { ...review, heldOn: "2999-01-01", attendees: " " })).toEqual({
      success: false,
      fieldErrors: { heldOn: "Record a review once it has been held: the date cannot be in the future.", attendees: "Name who attended." },
    });
    expect(checkInput(recordReviewSchema, { ...review, nextReviewOn: "2026-11-20" })).toEqual({
      success: false,
      fieldErrors: { nextReviewOn: "Next review due: after the day this review was held, 20 Nov 2026." },
    });
    expect(checkInput(recordReviewSchema, { ...review, nextReviewOn: "next year" })).toMatchObject({ success: false, fieldErrors: { nextReviewOn: "Next review due: enter a date like 2027-06-30." } });
  });

  it("edit without the day it was held, which stays as recorded", () => {
    const edit = { attendees: review.attendees, minutes: review.minutes, decisions: review.decisions, nextReviewOn: review.nextReviewOn };
    expect(checkInput(updateReviewSchema, { ...edit, reviewId: "r1", version: "2", heldOn: "2020-01-01" })).toMatchObject({ success: true, data: { version: 2 } });
    expect(checkInput(updateReviewSchema, { ...edit, reviewId: "r1", version: "2" })).not.toHaveProperty("data.heldOn");
  });
});
