/**
 * The inputs of a management review (ISO 22301 §9.3.2), shaped from what the plans' own pages
 * already work out: each active plan's approval status (lib/versions/approval-status.ts), its test
 * schedule (lib/exercises/schedule.ts), its open findings, the incidents run under it since the
 * previous review, and that review's decisions. Pure, with `now` passed in: the record freezes the
 * result as JSON, so it holds only strings, numbers, booleans and nulls, days as YYYY-MM-DD.
 */
import type { ApprovalStatus } from "@/lib/versions/approval-status";
import { isFindingOverdue, type Schedule } from "@/lib/exercises/schedule";
import { EXERCISE_RESULT_LABELS, type EXERCISE_RESULTS } from "@/lib/exercises/schemas";
import { dayValue, DAY_MS } from "@/lib/days";

/** Titles of incidents kept per plan: the count says how many there were. */
export const INCIDENT_TITLES_KEPT = 20;

export type PlanInputs = {
  planId: string;
  name: string;
  approval: {
    /** The words the plan list's badge shows ("Approved v3", "Changed since approval v3", …). */
    label: string;
    tone: ApprovalStatus["tone"];
    approvedVersion: number | null;
    approvedOn: string | null;
    changedSinceApproval: boolean;
    /** The approval is older than the plan's review cadence: the plan's own review is overdue. */
    reviewOverdue: boolean;
  };
  testing: {
    lastTestedOn: string | null;
    /** The last test's result in words; null when never tested. */
    lastResult: string | null;
    /** A test is due now: the plan or one of its scenarios never tested, or a due date passed. */
    due: boolean;
    overdueSince: string | null;
  };
  findings: { open: number; overdue: number };
  incidents: { count: number; titles: string[] };
};

export type ReviewInputs = {
  /** The day the inputs were gathered. */
  asOf: string;
  /** The day of the previous review, from which incidents are counted; null: none, every incident counts. */
  since: string | null;
  plans: PlanInputs[];
  /** ISO 22301 §9.3.2 a): the actions the previous review decided, to review their status. */
  previousReview: { heldOn: string; decisions: string } | null;
};

type Result = (typeof EXERCISE_RESULTS)[number];

export function reviewInputs({
  now,
  plans,
  approvals,
  schedules,
  lastTests,
  openFindings,
  incidents,
  previous,
}: {
  now: Date;
  plans: { id: string; name: string }[];
  approvals: ReadonlyMap<string, ApprovalStatus>;
  schedules: ReadonlyMap<string, Schedule>;
  /** Each plan's latest test that has taken place (one per plan at most). */
  lastTests: { planId: string; result: Result }[];
  openFindings: { planId: string; status: string; dueOn: Date | null }[];
  /** The incidents declared since the previous review, newest first. */
  incidents: { planId: string; title: string }[];
  previous: { heldOn: Date; decisions: string } | null;
}): ReviewInputs {
  const day = (date: Date | null) => (date ? dayValue(date) : null);
  return {
    asOf: dayValue(now),
    since: previous ? dayValue(previous.heldOn) : null,
    previousReview: previous ? { heldOn: dayValue(previous.heldOn), decisions: previous.decisions } : null,
    plans: plans.map((plan) => {
      const approval = approvals.get(plan.id);
      const schedule = schedules.get(plan.id);
      const lastTest = lastTests.find((test) => test.planId === plan.id);
      const findings = openFindings.filter((finding) => finding.planId === plan.id);
      const titles = incidents.filter((incident) => incident.planId === plan.id).map((incident) => incident.title);
      return {
        planId: plan.id,
        name: plan.name,
        approval: {
          label: approval?.label ?? "Draft: never approved",
          tone: approval?.tone ?? "neutral",
          approvedVersion: approval?.approved?.number ?? null,
          approvedOn: day(approval?.approved?.decidedAt ?? null),
          changedSinceApproval: approval?.changedSinceApproval ?? false,
          reviewOverdue: approval?.expired ?? false,
        },
        testing: {
          lastTestedOn: day(schedule?.lastTestedOn ?? null),
          lastResult: lastTest ? EXERCISE_RESULT_LABELS[lastTest.result] : null,
          due: schedule?.due.now ?? true,
          overdueSince: day(schedule?.due.overdueSince ?? null),
        },
        findings: { open: findings.length, overdue: findings.filter((finding) => isFindingOverdue(finding, now)).length },
        incidents: { count: titles.length, titles: titles.slice(0, INCIDENT_TITLES_KEPT) },
      };
    }),
  };
}

/** The next review is overdue once its day has fully passed, as a finding's due day is. */
export function nextReviewOverdue(latest: { nextReviewOn: Date | null } | null, now: Date): boolean {
  return Boolean(latest?.nextReviewOn && now.getTime() >= latest.nextReviewOn.getTime() + DAY_MS);
}

/** A frozen snapshot read back from the database: the shape this module wrote, or nothing to show. */
export function asReviewInputs(value: unknown): ReviewInputs | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const inputs = value as Partial<ReviewInputs>;
  return typeof inputs.asOf === "string" && Array.isArray(inputs.plans) ? (inputs as ReviewInputs) : null;
}
