import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { removeMeasurementSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { measurementScope } from "@/lib/exercises/scope";

export async function removeMeasurement({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId, measurementId } = parseInput(removeMeasurementSchema, input);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const where = measurementScope(actor, planId, exerciseId, measurementId);
    const before = await tx.exerciseMeasurement.findFirst({ where });
    if (!before) throw notFound("The measurement");
    await tx.exerciseMeasurement.deleteMany({ where });
    const { id, systemId, locationKey, restoreMinutes, dataLossMinutes, usedGB, notes, targetsRecorded, rtoTargetMinutes, rpoTargetMinutes } = before;
    await recordAudit(tx, {
      actor,
      action: "exercise.measurement_removed",
      entityType: "exercise",
      entityId: exerciseId,
      planId,
      before: { measurementId: id, systemId, locationKey, restoreMinutes, dataLossMinutes, usedGB, notes, targetsRecorded, rtoTargetMinutes, rpoTargetMinutes },
    });
  });
}
