import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { storedOutcomes } from "@/lib/recovery/stored-outcomes";
import { testSchedule } from "@/lib/exercises/schedule";
import { overdueGlance, recoveryGlance } from "@/lib/plans/plan-glance";

const DAY_MS = 86_400_000;

/**
 * The organisation's plans, each with what an executive needs at a glance: whether its business
 * could recover (its latest assessment as stored, never a new engine run per plan) and what is
 * overdue (its last test and its open findings past their due day), one query each for all plans.
 */
export async function listPlans({ actor, status, now = new Date() }: { actor: Actor; status: "active" | "archived"; now?: Date }) {
  authorize(actor, "plan:read");
  const plans = await db.plan.findMany({
    where: { orgId: actor.orgId, status },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, description: true, status: true, updatedAt: true, archivedAt: true, contentRevision: true, reviewCadenceDays: true, testCadenceDays: true,
    },
  });
  if (plans.length === 0) return [];
  const planId = { in: plans.map((p) => p.id) };
  const [outcomes, lastTests, overdueFindings] = await Promise.all([
    storedOutcomes({ orgId: actor.orgId, planIds: plans.map((p) => p.id) }),
    // A test dated in the future has not happened yet (as on the Tests page).
    db.exercise.groupBy({ by: ["planId"], where: { orgId: actor.orgId, planId, conductedOn: { lte: now } }, _max: { conductedOn: true } }),
    // Overdue once its due day has fully passed (isFindingOverdue): due on or before yesterday at this hour.
    db.finding.groupBy({ by: ["planId"], where: { orgId: actor.orgId, planId, status: { not: "closed" }, dueOn: { lte: new Date(now.getTime() - DAY_MS) } }, _count: { _all: true } }),
  ]);
  const lastTestedOn = new Map(lastTests.map((t) => [t.planId, t._max.conductedOn]));
  const findingsOverdue = new Map(overdueFindings.map((f) => [f.planId, f._count._all]));
  return plans.map((plan) => {
    const last = lastTestedOn.get(plan.id);
    // The plan's schedule needs only its last test: the cadence runs from it (schedule.ts).
    const schedule = testSchedule({ cadenceDays: plan.testCadenceDays, exercises: last ? [{ conductedOn: last, scenarioIds: [] }] : [], scenarios: [], now });
    return {
      ...plan,
      recovery: recoveryGlance(outcomes.get(plan.id), plan.contentRevision),
      overdue: overdueGlance({ schedule, overdueFindings: findingsOverdue.get(plan.id) ?? 0 }),
    };
  });
}
