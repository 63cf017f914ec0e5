/**
 * A plan's management review inputs as the app would have gathered them on a past day, from the
 * demo's records dated by then, so a seeded review cannot contradict the approvals, tests,
 * findings and incidents seeded beside it. lib/reviews/gather-review-inputs.ts reads today's
 * state outside the seed's transaction: here the same pure rules (review-inputs, approval-status,
 * schedule) are given what stood on `asOf` instead.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import { reviewInputs, type ReviewInputs } from "../../lib/reviews/review-inputs";
import { approvalStatus } from "../../lib/versions/approval-status";
import { testSchedule } from "../../lib/exercises/schedule";

export async function reviewInputsAsOf(tx: Prisma.TransactionClient, { orgId, planId, asOf }: { orgId: string; planId: string; asOf: Date }): Promise<ReviewInputs> {
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { id: true, name: true, contentRevision: true, reviewCadenceDays: true, testCadenceDays: true },
  });
  const [versions, tests, scenarios, findings, previous] = await Promise.all([
    tx.planVersion.findMany({
      where: { orgId, planId, decidedAt: { lte: asOf } },
      select: { number: true, status: true, contentRevision: true, decidedAt: true, approvedForDays: true },
    }),
    tx.exercise.findMany({
      where: { orgId, planId, conductedOn: { lte: asOf } },
      orderBy: [{ conductedOn: "desc" }, { createdAt: "desc" }],
      select: { conductedOn: true, result: true, scenarios: { select: { id: true } } },
    }),
    tx.scenario.findMany({ where: { orgId, planId }, orderBy: { name: "asc" }, select: { id: true, key: true, name: true } }),
    tx.finding.findMany({
      where: { orgId, planId },
      select: { dueOn: true, closedAt: true, createdAt: true, exercise: { select: { conductedOn: true } }, incident: { select: { declaredAt: true } } },
    }),
    tx.managementReview.findFirst({ where: { orgId, heldOn: { lte: asOf } }, orderBy: { heldOn: "desc" }, select: { heldOn: true, decisions: true } }),
  ]);

  // The plan's revision then is not kept. Tests are part of its content (each one bumps the
  // revision), so a test held between the approval and `asOf` had moved it on from the approved one.
  const approved = versions.find((v) => v.status === "approved");
  const changed = Boolean(approved?.decidedAt && tests.some((t) => t.conductedOn > approved.decidedAt!));
  const contentRevision = (approved?.contentRevision ?? plan.contentRevision) + (changed ? 1 : 0);
  const approval = approvalStatus({ versions, contentRevision, reviewCadenceDays: plan.reviewCadenceDays, now: asOf });

  // Measured restores are left out: the inputs keep the schedule's dates and whether a test is due, not its targets.
  const schedule = testSchedule({
    cadenceDays: plan.testCadenceDays,
    exercises: tests.map((t) => ({ conductedOn: t.conductedOn, scenarioIds: t.scenarios.map((s) => s.id), failed: t.result === "failed" })),
    scenarios,
    now: asOf,
  });

  // A finding is raised by its test or incident, and was open on `asOf` unless closed by then.
  const openFindings = findings
    .filter((f) => (f.exercise?.conductedOn ?? f.incident?.declaredAt ?? f.createdAt) <= asOf && !(f.closedAt && f.closedAt <= asOf))
    .map((f) => ({ planId, status: "open", dueOn: f.dueOn }));

  const incidents = await tx.incident.findMany({
    where: { orgId, planId, declaredAt: { lte: asOf, ...(previous ? { gte: previous.heldOn } : {}) } },
    orderBy: { declaredAt: "desc" },
    select: { planId: true, title: true },
  });

  return reviewInputs({
    now: asOf,
    plans: [plan],
    approvals: new Map([[planId, approval]]),
    schedules: new Map([[planId, schedule]]),
    lastTests: tests.slice(0, 1).map((t) => ({ planId, result: t.result })),
    openFindings,
    incidents,
    previous,
  });
}
