import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { storedOutcomes } from "@/lib/recovery/stored-outcomes";
import { loadSchedules } from "@/lib/exercises/load-schedules";
import { overdueGlance, recoveryGlance } from "@/lib/plans/plan-glance";
import { DAY_MS } from "@/lib/days";

/**
 * The organisation's plans, each with what an executive needs at a glance: whether its business
 * could recover (its latest assessment as stored, never a new engine run per plan) and what is
 * wrong with its testing and overdue (its scenarios never tested or stale, a last test that failed
 * or missed a target, its open findings past their due day) and the incidents active under it, in
 * a fixed number of queries for all plans together. By name as a reader orders names (the
 * column's collation, decision 88).
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
  const [outcomes, schedules, overdueFindings, activeIncidents] = await Promise.all([
    storedOutcomes({ orgId: actor.orgId, planIds: plans.map((p) => p.id) }),
    // The Tests page's schedule of every plan, so the list says what that page says.
    loadSchedules({ orgId: actor.orgId, plans, now }),
    // Overdue once its due day has fully passed (isFindingOverdue): due on or before yesterday at this hour.
    db.finding.groupBy({ by: ["planId"], where: { orgId: actor.orgId, planId, status: { not: "closed" }, dueOn: { lte: new Date(now.getTime() - DAY_MS) } }, _count: { _all: true } }),
    db.incident.findMany({ where: { orgId: actor.orgId, planId, status: "active" }, orderBy: { declaredAt: "desc" }, select: { id: true, planId: true, title: true, declaredAt: true } }),
  ]);
  const findingsOverdue = new Map(overdueFindings.map((f) => [f.planId, f._count._all]));
  return plans.map((plan) => ({
    ...plan,
    recovery: recoveryGlance(outcomes.get(plan.id), plan.contentRevision),
    overdue: overdueGlance({ schedule: schedules.get(plan.id)!, overdueFindings: findingsOverdue.get(plan.id) ?? 0 }),
    activeIncidents: activeIncidents.filter((incident) => incident.planId === plan.id),
  }));
}
