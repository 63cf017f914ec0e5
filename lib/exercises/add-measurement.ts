import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { addMeasurementSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { exerciseScope } from "@/lib/exercises/scope";
import { isUniqueViolation } from "@/lib/plans/plan-fields";

/** Records a measured restore of one system from one backup location during a test. */
export async function addMeasurement({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId, ...data } = parseInput(addMeasurementSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      if (!(await tx.exercise.count({ where: exerciseScope(actor, planId, exerciseId) }))) throw notFound("The test");
      if (!(await tx.system.count({ where: { id: data.systemId, orgId: actor.orgId, planId } }))) {
        throw invalid("systemId", "Choose a system of this plan.");
      }
      const measurement = await tx.exerciseMeasurement.create({
        data: { ...data, usedGB: data.usedGB ?? null, orgId: actor.orgId, exerciseId },
      });
      await recordAudit(tx, {
        actor,
        action: "exercise.measurement_added",
        entityType: "exercise",
        entityId: exerciseId,
        after: { measurementId: measurement.id, ...data, usedGB: data.usedGB ?? null },
      });
      return measurement;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw invalid("locationKey", "This test already has a measurement of this system from this location. Remove it first to record it again.");
    }
    throw error;
  }
}
