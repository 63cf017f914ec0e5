import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid, notFound } from "@/lib/errors";
import { exerciseScope } from "@/lib/exercises/scope";
import { incidentScope } from "@/lib/incidents/scope";
import { incidentBound, testBound, type DueBound } from "@/lib/findings/schemas";

/**
 * The test or incident of the plan a finding comes from, as the earliest day it can be due; null
 * for a finding of neither. Only the plan's own, inside the actor's organisation: another's test
 * is not found (as it always was), another's incident is refused at the form's field.
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
    const incident = await tx.incident.findFirst({ where: incidentScope(actor, planId, incidentId), select: { declaredAt: true } });
    if (!incident) throw invalid("incidentId", "Choose one of this plan's incidents.");
    return incidentBound(incident);
  }
  return null;
}
