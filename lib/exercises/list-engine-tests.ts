import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { toEngineTests } from "@/lib/exercises/engine-tests";

/** The measured restores of a plan's tests, as the recovery engine's `tests` list. */
export async function listEngineTests({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const rows = await db.exerciseMeasurement.findMany({
    where: { orgId: actor.orgId, exercise: { planId, orgId: actor.orgId } },
    select: { systemId: true, locationKey: true, restoreMinutes: true, usedGB: true, exercise: { select: { conductedOn: true } } },
  });
  return toEngineTests(rows.map(({ exercise, ...m }) => ({ ...m, conductedOn: exercise.conductedOn })));
}
