import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid, notFound } from "@/lib/errors";
import { exerciseScope } from "@/lib/exercises/scope";
import { incidentBound, testBound, type DueBound } from "@/lib/findings/schemas";

/**
 * The test or incident of the plan a finding comes from, as the earliest day it can be due; null
 * for a finding of neither. Only the plan's own, inside the actor's organisation: another's test
 * is not found (as it always was), another's incident is refused at the form's field. Its callers
 * hold the plan's lock (lib/plans/lock-plan.ts), which a change of the test's date takes too, so
 * the test's date read here is the one it keeps; the incident stays locked for share until the
 * finding is saved, as a correction of its declaration does not take the plan's lock
 * (docs/decisions/0062).
 */
export async function loadFindingSource(
  tx: Tx,
  actor: Pick<Actor, "orgId">,
  planId: string,
  { exerciseId, incidentId }: { exerciseId?: string | null; incidentId?: string | null },
): Promise<DueBound | null> {
  if (exerciseId) {
    const exercise = await tx.exercise.findFirst({ where: exerciseScope(actor, planId, exerciseId), select: { conductedOn: true } });
    if (!exercise) throw notFound("The test");
    return testBound(exercise);
  }
  if (incidentId) {
    // Locked for share until this save commits: a correction of the declaration (which locks the row for update) waits for
    // it, or it for the correction, so the day checked here is the one the incident keeps.
    const [incident] = await tx.$queryRaw<{ declaredAt: Date }[]>`
      SELECT "declaredAt" FROM "Incident" WHERE "id" = ${incidentId} AND "orgId" = ${actor.orgId} AND "planId" = ${planId} FOR SHARE`;
    if (!incident) throw invalid("incidentId", "Choose one of this plan's incidents.");
    return incidentBound(incident);
  }
  return null;
}
