import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { updateExerciseSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { checkScopeReferences, connectIds } from "@/lib/exercises/check-references";
import { idSet, sameSnapshot } from "@/lib/audit/same-snapshot";
import { exerciseSnapshot } from "@/lib/exercises/exercise-fields";
import { exerciseScope } from "@/lib/exercises/scope";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { EXERCISE_WRITES, showExercise } from "@/lib/exercises/exercise-conflict";

const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id);

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
 * nor what it covers) writes nothing: no new version, no audit row.
 */
export async function updateExercise({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId, version, functionIds, systemIds, scenarioIds, participantIds, ...fields } = parseInput(updateExerciseSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const before = await tx.exercise.findFirst({
      where: exerciseScope(actor, planId, exerciseId),
      include: { functions: { select: { id: true } }, systems: { select: { id: true } }, scenarios: { select: { id: true } }, participants: { select: { id: true } } },
    });
    if (!before) throw notFound("The test");
    const stored = exerciseSnapshot({
      ...before,
      functionIds: idsOf(before.functions),
      systemIds: idsOf(before.systems),
      scenarioIds: idsOf(before.scenarios),
      participantIds: idsOf(before.participants),
    });
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
