import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { createExerciseSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { checkScopeReferences, connectIds } from "@/lib/exercises/check-references";
import { exerciseSnapshot } from "@/lib/exercises/exercise-fields";

/** Records a test of a plan with its scope and participants. */
export async function createExercise({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, functionIds, systemIds, scenarioIds, participantIds, ...fields } = parseInput(createExerciseSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const ids = { functionIds, systemIds, scenarioIds, participantIds };
    await checkScopeReferences(tx, actor, planId, ids);
    const exercise = await tx.exercise.create({
      data: {
        ...fields,
        orgId: actor.orgId,
        planId,
        functions: { connect: connectIds(functionIds) },
        systems: { connect: connectIds(systemIds) },
        scenarios: { connect: connectIds(scenarioIds) },
        participants: { connect: connectIds(participantIds) },
      },
    });
    await recordAudit(tx, {
      actor,
      action: "exercise.created",
      entityType: "exercise",
      entityId: exercise.id,
      planId,
      after: exerciseSnapshot({ ...exercise, ...ids }),
    });
    return exercise;
  });
}
