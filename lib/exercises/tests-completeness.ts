import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { loadSchedule } from "@/lib/exercises/load-schedules";
import { testsCompleteness, testsOutcome, testsTodo } from "@/lib/exercises/completeness";

/** The "tests" stage's completeness source for the plan overview (rules in completeness.ts). */
export const testsCompletenessSource: CompletenessSource = async ({ orgId, planId }) => {
  const now = new Date();
  const plan = await db.plan.findFirst({ where: { id: planId, orgId }, select: { testCadenceDays: true } });
  if (!plan) return {};
  const [schedule, openFindings] = await Promise.all([
    loadSchedule({ orgId, planId, cadenceDays: plan.testCadenceDays }, now),
    db.finding.findMany({ where: { orgId, planId, status: { not: "closed" } }, select: { status: true, dueOn: true } }),
  ]);
  const outcome = testsOutcome(schedule);
  return { tests: testsCompleteness(schedule, openFindings, now), todo: { tests: testsTodo(schedule, openFindings, now) }, ...(outcome ? { outcome: { tests: outcome } } : {}) };
};
