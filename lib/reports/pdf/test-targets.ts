/**
 * The tests appendix's view of a snapshot: each measured restore judged against the targets
 * recorded with it and against its system's targets in the snapshot (decision 45), and the test
 * schedule on the snapshot's day. Pure.
 */
import type { Snapshot } from "@/lib/reports/pdf/context";
import { inheritTargets, type DependentFunction } from "@/lib/priorities/inherit-targets";
import { judgeMeasurement, testTargets, type Measured, type RecordedTargets, type Verdict } from "@/lib/exercises/target-check";
import { testSchedule } from "@/lib/exercises/schedule";

/**
 * A measured restore judged against the targets recorded with it (those of a snapshot frozen
 * before they were kept: not recorded) and against its system's targets as the snapshot's
 * readiness chapter holds it to them: the tightest RTO and RPO of the functions that use it, the
 * RTO passed down a dependency where the snapshot records one (lib/priorities/effective-targets.ts).
 * Systems by name, as the recovery model knows them; snapshots taken before targets flowed down
 * have only their functions' targets, as their readiness chapter did.
 */
export function snapshotJudge(snap: Snapshot): (m: Measured & RecordedTargets & { system: { name: string } }) => Verdict {
  const inherited = new Map((snap.recovery.inheritedRto ?? []).map((i) => [i.system, i.minutes]));
  const users = new Map<string, DependentFunction[]>();
  for (const f of snap.bia.functions) {
    for (const s of f.systems) users.set(s.name, [...(users.get(s.name) ?? []), { id: f.id, name: f.name, rtoMinutes: f.rtoMinutes, rpoMinutes: f.rpoMinutes }]);
  }
  return (m) => {
    const own = inheritTargets(users.get(m.system.name) ?? []);
    return judgeMeasurement(m, { rtoMinutes: inherited.get(m.system.name) ?? own.rto?.minutes ?? null, rpoMinutes: own.rpo?.minutes ?? null });
  };
}

/** The snapshot's instant: its assessment's, or the report's for one without. What is due or overdue is said as of it. */
export function snapshotInstant(input: { snapshot: Snapshot; generatedAt: string }): Date {
  return new Date(input.snapshot.recovery.model?.assessedAt ?? input.generatedAt);
}

/**
 * The test schedule on the day of the snapshot (its assessment's instant; the report's for one
 * without), by the rules the Tests page uses, with each test's restores held against the
 * snapshot's targets.
 */
export function snapshotSchedule(input: { snapshot: Snapshot; generatedAt: string }) {
  const snap = input.snapshot;
  const now = snapshotInstant(input);
  const judge = snapshotJudge(snap);
  const schedule = testSchedule({
    cadenceDays: snap.plan.testCadenceDays,
    exercises: snap.tests.exercises.map((e) => ({
      conductedOn: new Date(e.conductedOn),
      scenarioIds: e.scenarios.map((x) => x.id),
      failed: e.result === "failed",
      targets: testTargets(e.measurements.map((m) => ({ system: m.system.name, verdict: judge(m) }))),
    })),
    scenarios: snap.risks.scenarios.map(({ id, key, name }) => ({ id, key, name })),
    now,
  });
  return { now, schedule, judge };
}
