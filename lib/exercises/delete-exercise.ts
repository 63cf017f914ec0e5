import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { exerciseRefSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { exerciseSnapshot } from "@/lib/exercises/exercise-fields";
import { exerciseScope } from "@/lib/exercises/scope";

/**
 * Deletes a test with its measurements and attachments. Its findings stay on the plan (unlinked)
 * until someone closes them: deleting the test must not make a known weakness disappear.
 */
export async function deleteExercise({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId } = parseInput(exerciseRefSchema, input);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const before = await tx.exercise.findFirst({ where: exerciseScope(actor, planId, exerciseId), include: { _count: { select: { measurements: true, attachments: true } } } });
    if (!before) throw notFound("The test");
    await tx.exercise.deleteMany({ where: exerciseScope(actor, planId, exerciseId) });
    await recordAudit(tx, {
      actor,
      action: "exercise.deleted",
      entityType: "exercise",
      entityId: exerciseId,
      before: { ...exerciseSnapshot(before), measurements: before._count.measurements, attachments: before._count.attachments },
    });
  });
}
