import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { addMeasurementSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { exerciseScope } from "@/lib/exercises/scope";
import { recoveryScope } from "@/lib/recovery/setup/scope";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { readSystemTargets } from "@/lib/priorities/load-system-targets";
import { targetMinutes } from "@/lib/exercises/measurement-checker";
import { judgeMeasurement } from "@/lib/exercises/target-check";

/**
 * Records a measured restore of one system from one backup location during a test, with the
 * system's targets at that moment, which its test's record holds it against from then on
 * (decision 45), and judges it, so the person adding it is told at once when it missed one.
 */
export async function addMeasurement({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId, ...data } = parseInput(addMeasurementSchema, input);
  const measurement = await record(actor, planId, exerciseId, data);
  const verdict = judgeMeasurement(measurement, { rtoMinutes: measurement.rtoTargetMinutes, rpoMinutes: measurement.rpoTargetMinutes });
  return { ...measurement, check: verdict.check };
}

type Measurement = Omit<z.infer<typeof addMeasurementSchema>, "planId" | "exerciseId">;

async function record(actor: Actor, planId: string, exerciseId: string, data: Measurement) {
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      if (!(await tx.exercise.count({ where: exerciseScope(actor, planId, exerciseId) }))) throw notFound("The test");
      const system = await tx.system.findFirst({ where: { id: data.systemId, orgId: actor.orgId, planId }, select: { name: true } });
      if (!system) throw invalid("systemId", "Choose a system of this plan.");
      // The recovery model takes a measured restore as evidence of one of the plan's backup
      // locations; a key naming none would be evidence of nothing.
      const locations = await tx.backupLocation.findMany({ where: recoveryScope(actor, planId), select: { key: true }, orderBy: { key: "asc" } });
      if (!locations.some((l) => l.key === data.locationKey)) {
        throw invalid(
          "locationKey",
          locations.length
            ? `This plan has no backup location “${data.locationKey}”. Its locations: ${locations.map((l) => l.key).join(", ")}.`
            : "This plan has no backup locations yet: add the one restored from under Recovery, Setup first.",
        );
      }
      // Every change to what the targets are read from bumps the plan's revision, which writes its
      // row (docs/decisions/0005): with the row locked, a change in flight waits for this one,
      // so the targets read next are the ones in force as the restore is recorded.
      await lockPlan(tx, { orgId: actor.orgId, planId });
      const targets = targetMinutes((await readSystemTargets(tx, { orgId: actor.orgId, planId })).get(data.systemId));
      const recorded = { targetsRecorded: true, rtoTargetMinutes: targets.rtoMinutes, rpoTargetMinutes: targets.rpoMinutes };
      const measurement = await tx.exerciseMeasurement.create({
        data: { ...data, usedGB: data.usedGB ?? null, ...recorded, orgId: actor.orgId, exerciseId },
      });
      await recordAudit(tx, {
        actor,
        action: "exercise.measurement_added",
        entityType: "exercise",
        entityId: exerciseId,
        planId,
        after: { measurementId: measurement.id, ...data, usedGB: data.usedGB ?? null, ...recorded },
      });
      return { ...measurement, system };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw invalid("locationKey", "This test already has a measurement of this system from this location. Remove it first to record it again.");
    }
    throw error;
  }
}
