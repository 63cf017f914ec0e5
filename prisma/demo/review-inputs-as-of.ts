/**
 * An organisation's management review inputs as the app would have gathered them on a past day,
 * from the demo's records dated by then, so a seeded review cannot contradict the approvals,
 * tests, findings and incidents seeded beside it. lib/reviews/gather-review-inputs.ts reads today's
 * state outside the seed's transaction: here the same pure rules (review-inputs, approval-status,
 * schedule) are given what stood on `asOf` instead, for every plan active that day.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import { reviewInputs, type ReviewInputs } from "../../lib/reviews/review-inputs";
import { approvalStatus } from "../../lib/versions/approval-status";
import { testSchedule } from "../../lib/exercises/schedule";

type Tx = Prisma.TransactionClient;
type Plan = { id: string; name: string; contentRevision: number; reviewCadenceDays: number; testCadenceDays: number };
type Previous = { heldOn: Date; decisions: string } | null;

export async function reviewInputsAsOf(tx: Tx, { orgId, asOf }: { orgId: string; asOf: Date }): Promise<ReviewInputs> {
  const [plans, previous] = await Promise.all([
    // Active then unless archived by then. The seed writes every plan on the day it runs, so a
    // plan's createdAt is no date of the demo's story: each demo plan stands from its start.
    tx.plan.findMany({
      where: { orgId, OR: [{ archivedAt: null }, { archivedAt: { gt: asOf } }] },
      orderBy: { name: "asc" },
      select: { id: true, name: true, contentRevision: true, reviewCadenceDays: true, testCadenceDays: true },
    }),
    tx.managementReview.findFirst({ where: { orgId, heldOn: { lte: asOf } }, orderBy: { heldOn: "desc" }, select: { heldOn: true, decisions: true } }),
  ]);
  const states = [];
  for (const plan of plans) states.push(await planAsOf(tx, { orgId, plan, asOf, previous }));
  return reviewInputs({
    now: asOf,
    plans,
    approvals: new Map(states.map((s) => [s.planId, s.approval])),
    schedules: new Map(states.map((s) => [s.planId, s.schedule])),
    lastTests: states.flatMap((s) => s.lastTests),
    openFindings: states.flatMap((s) => s.openFindings),
    incidents: states.flatMap((s) => s.incidents),
    previous,
  });
}

async function planAsOf(tx: Tx, { orgId, plan, asOf, previous }: { orgId: string; plan: Plan; asOf: Date; previous: Previous }) {
  const planId = plan.id;
  const [versions, tests, scenarios, findings, incidents] = await Promise.all([
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
    tx.incident.findMany({
      where: { orgId, planId, declaredAt: { lte: asOf, ...(previous ? { gte: previous.heldOn } : {}) } },
      orderBy: { declaredAt: "desc" },
      select: { planId: true, title: true },
    }),
  ]);

  // The plan's revision then is not kept. Tests are part of its content (each one bumps the
  // revision), so a test held between the approval and `asOf` had moved it on from the approved one.
  const approved = versions.find((v) => v.status === "approved");
  const changed = Boolean(approved?.decidedAt && tests.some((t) => t.conductedOn > approved.decidedAt!));
  const contentRevision = (approved?.contentRevision ?? plan.contentRevision) + (changed ? 1 : 0);

  // A finding is raised by its test or incident, and was open on `asOf` unless closed by then.
  const openFindings = findings
    .filter((f) => (f.exercise?.conductedOn ?? f.incident?.declaredAt ?? f.createdAt) <= asOf && !(f.closedAt && f.closedAt <= asOf))
    .map((f) => ({ planId, status: "open", dueOn: f.dueOn }));

  return {
    planId,
    approval: approvalStatus({ versions, contentRevision, reviewCadenceDays: plan.reviewCadenceDays, now: asOf }),
    // Measured restores are left out: the inputs keep the schedule's dates and whether a test is due, not its targets.
    schedule: testSchedule({
      cadenceDays: plan.testCadenceDays,
      exercises: tests.map((t) => ({ conductedOn: t.conductedOn, scenarioIds: t.scenarios.map((s) => s.id), failed: t.result === "failed" })),
      scenarios,
      now: asOf,
    }),
    lastTests: tests.slice(0, 1).map((t) => ({ planId, result: t.result })),
    openFindings,
    incidents,
  };
}
