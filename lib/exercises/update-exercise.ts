import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { FIELDS_NEED_ATTENTION } from "@/lib/forms/error-summary";
import { parseInput } from "@/lib/validation";
import { updateExerciseSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { checkScopeReferences, connectIds } from "@/lib/exercises/check-references";
import { idSet, sameSnapshot } from "@/lib/audit/same-snapshot";
import { exerciseSnapshot, storedExerciseSnapshot } from "@/lib/exercises/exercise-fields";
import { exerciseScope } from "@/lib/exercises/scope";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { EXERCISE_WRITES, showExercise } from "@/lib/exercises/exercise-conflict";
import { findingsDueEarlyProblem } from "@/lib/findings/due-early";

/** What a test covers is a set of each kind: the form posts them in any order. */
const asSets = (s: ReturnType<typeof exerciseSnapshot>) => ({
  ...s,
  functionIds: idSet(s.functionIds),
  systemIds: idSet(s.systemIds),
  scenarioIds: idSet(s.scenarioIds),
  participantIds: idSet(s.participantIds),
});

/**
 * Edits a test record; the write names the version the editor started from, and a stale one is
 * refused with what changed since (docs/decisions/0007). A save that changes nothing (its fields
 * nor what it covers) writes nothing: no new version, no audit row. A date moved to a later day
 * than open findings of the test are due is refused at the date, naming them, until their due
 * dates move: a finding is due no earlier than its test took place.
 */
export async function updateExercise({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId, version, functionIds, systemIds, scenarioIds, participantIds, ...fields } = parseInput(updateExerciseSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts. A finding's save takes it too
    // before it checks its due date against the test's date (loadFindingSource), so neither can
    // slip past the other.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const before = await tx.exercise.findFirst({
      where: exerciseScope(actor, planId, exerciseId),
      include: { functions: { select: { id: true } }, systems: { select: { id: true } }, scenarios: { select: { id: true } }, participants: { select: { id: true } } },
    });
    if (!before) throw notFound("The test");
    const stored = storedExerciseSnapshot(before);
    if (before.version !== version) {
      throw staleEdit(
        "this test",
        await describeConflict(tx, {
          actor,
          entityType: "exercise",
          entityId: exerciseId,
          actions: EXERCISE_WRITES,
          startedFrom: version,
          current: { version: before.version, snapshot: stored },
          show: await showExercise(tx, actor, planId),
        }),
      );
    }
    if (fields.conductedOn > before.conductedOn) {
      const early = await findingsDueEarly(tx, { actor, planId, exerciseId, conductedOn: fields.conductedOn });
      if (early) throw new AppError("VALIDATION", FIELDS_NEED_ATTENTION, { conductedOn: early });
    }
    const ids = { functionIds, systemIds, scenarioIds, participantIds };
    await checkScopeReferences(tx, actor, planId, ids);
    const after = exerciseSnapshot({ ...fields, ...ids });
    if (sameSnapshot(asSets(stored), asSets(after))) return { id: exerciseId, version, changed: false };
    const { count } = await tx.exercise.updateMany({
      where: { ...exerciseScope(actor, planId, exerciseId), version },
      data: { ...fields, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this test");
    await tx.exercise.update({
      where: { id: exerciseId },
      data: {
        functions: { set: connectIds(functionIds) },
        systems: { set: connectIds(systemIds) },
        scenarios: { set: connectIds(scenarioIds) },
        participants: { set: connectIds(participantIds) },
      },
    });
    await recordAudit(tx, {
      actor,
      action: "exercise.updated",
      entityType: "exercise",
      entityId: exerciseId,
      planId,
      before: stored,
      after,
    });
    return { id: exerciseId, version: version + 1, changed: true };
  });
}

/**
 * The refusal of a test's date moved later than some of its open findings are due; null when none
 * are due before it. Closed ones are kept as they were closed, so they do not hold the date back.
 */
async function findingsDueEarly(tx: Tx, { actor, planId, exerciseId, conductedOn }: { actor: Actor; planId: string; exerciseId: string; conductedOn: Date }) {
  const findings = await tx.finding.findMany({
    where: { orgId: actor.orgId, planId, exerciseId, status: { not: "closed" }, dueOn: { lt: conductedOn } },
    select: { description: true, dueOn: true },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  // Each has a due day: one before the test's date.
  return findingsDueEarlyProblem(conductedOn, findings.map((f) => ({ description: f.description, dueOn: f.dueOn! })));
}
