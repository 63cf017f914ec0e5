import "server-only";
import { db } from "@/lib/db/client";
import { groupBy } from "@/lib/group-by";
import { lastDayTests, testSchedule, type Schedule } from "@/lib/exercises/schedule";
import { judgeOf } from "@/lib/exercises/measurement-checker";
import { testTargets } from "@/lib/exercises/target-check";
import { loadPlansSystemTargets } from "@/lib/priorities/load-system-targets";
import type { EffectiveTargets } from "@/lib/priorities/effective-targets";

// No member's session here (lib/auth/context imports Next's navigation): the due reminders and
// their script read schedules outside any request (decision 66).

type PlanRef = { id: string; testCadenceDays: number };

/**
 * The test schedules of some of an organisation's plans (already scoped by the caller), in a fixed
 * number of queries however many plans: the plan list reads every plan's, the Tests page one. The
 * schedule reads the measured restores of the last day's tests only (the plan's and each
 * scenario's), so only those are read and held against their systems' targets today (and those
 * recorded with them, to say which misses come from a target tightened since; decision 45), and
 * only the plans with such restores have their targets read.
 */
export async function loadSchedules({ orgId, plans, now }: { orgId: string; plans: readonly PlanRef[]; now: Date }): Promise<Map<string, Schedule>> {
  const planId = { in: plans.map((p) => p.id) };
  const [rows, scenarios] = await Promise.all([
    // A test dated in the future has not happened yet (schedule.ts).
    db.exercise.findMany({ where: { orgId, planId, conductedOn: { lte: now } }, select: { id: true, planId: true, conductedOn: true, result: true, scenarios: { select: { id: true } } } }),
    db.scenario.findMany({ where: { orgId, planId }, select: { id: true, planId: true, key: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  // Grouped once: the plan list holds every plan's tests, and filtering per plan would be quadratic.
  const rowsOf = groupBy(rows, (e) => e.planId);
  const scenariosOf = groupBy(scenarios, (s) => s.planId);
  const byPlan = new Map(
    plans.map((plan) => [
      plan.id,
      {
        exercises: (rowsOf.get(plan.id) ?? []).map((e) => ({ id: e.id, planId: e.planId, conductedOn: e.conductedOn, scenarioIds: e.scenarios.map((s) => s.id), failed: e.result === "failed" })),
        scenarios: (scenariosOf.get(plan.id) ?? []).map(({ id, key, name }) => ({ id, key, name })),
      },
    ]),
  );
  const last = [...byPlan.values()].flatMap((plan) => lastDayTests(plan.exercises, plan.scenarios.map((s) => s.id), now));
  const measurements = last.length
    ? await db.exerciseMeasurement.findMany({
        where: { orgId, exerciseId: { in: last.map((e) => e.id) } },
        select: {
          exerciseId: true,
          systemId: true,
          restoreMinutes: true,
          dataLossMinutes: true,
          targetsRecorded: true,
          rtoTargetMinutes: true,
          rpoTargetMinutes: true,
          system: { select: { name: true } },
        },
      })
    : [];
  const measurementsOf = groupBy(measurements, (m) => m.exerciseId);
  const planOf = new Map(last.map((e) => [e.id, e.planId]));
  const targets: Map<string, Map<string, EffectiveTargets>> = measurements.length
    ? await loadPlansSystemTargets({ orgId, planIds: [...new Set(measurements.map((m) => planOf.get(m.exerciseId)!))] })
    : new Map();
  return new Map(
    plans.map((plan) => {
      const { exercises, scenarios } = byPlan.get(plan.id)!;
      const judge = judgeOf(targets.get(plan.id) ?? new Map());
      const measured = (id: string) => (measurementsOf.get(id) ?? []).map((m) => ({ system: m.system.name, verdict: judge(m) }));
      return [plan.id, testSchedule({ cadenceDays: plan.testCadenceDays, exercises: exercises.map((e) => ({ ...e, targets: testTargets(measured(e.id)) })), scenarios, now })];
    }),
  );
}

/** Loads what the schedule rules need for one plan (already scoped by the caller). */
export async function loadSchedule({ orgId, planId, cadenceDays }: { orgId: string; planId: string; cadenceDays: number }, now: Date): Promise<Schedule> {
  return (await loadSchedules({ orgId, plans: [{ id: planId, testCadenceDays: cadenceDays }], now })).get(planId)!;
}
