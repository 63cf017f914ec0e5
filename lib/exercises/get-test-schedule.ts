import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { testSchedule } from "@/lib/exercises/schedule";
import { measurementChecker } from "@/lib/exercises/measurement-checker";
import { testTargets } from "@/lib/exercises/target-check";

type PlanRef = { orgId: string; planId: string; cadenceDays: number };

/** Loads what the schedule rules need for one plan (already scoped by the caller). */
export async function loadSchedule({ orgId, planId, cadenceDays }: PlanRef, now: Date) {
  const [exercises, scenarios, check] = await Promise.all([
    db.exercise.findMany({
      where: { orgId, planId },
      select: {
        conductedOn: true,
        result: true,
        scenarios: { select: { id: true } },
        measurements: { select: { systemId: true, restoreMinutes: true, dataLossMinutes: true, system: { select: { name: true } } } },
      },
    }),
    db.scenario.findMany({ where: { orgId, planId }, select: { id: true, key: true, name: true }, orderBy: { name: "asc" } }),
    measurementChecker({ actor: { orgId }, planId }),
  ]);
  return testSchedule({
    cadenceDays,
    exercises: exercises.map((e) => ({
      conductedOn: e.conductedOn,
      scenarioIds: e.scenarios.map((s) => s.id),
      failed: e.result === "failed",
      targets: testTargets(e.measurements.map((m) => ({ system: m.system.name, check: check(m) }))),
    })),
    scenarios,
    now,
  });
}

/** The test schedule of a plan the caller has loaded through the plan scope. */
export async function getTestSchedule({ actor, plan, now }: { actor: Actor; plan: { id: string; testCadenceDays: number }; now: Date }) {
  authorize(actor, "plan:read");
  return loadSchedule({ orgId: actor.orgId, planId: plan.id, cadenceDays: plan.testCadenceDays }, now);
}
