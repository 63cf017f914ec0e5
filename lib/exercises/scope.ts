import type { Actor } from "@/lib/auth/context";

/** The `where` that finds a test only inside the actor's organisation and the given plan. */
export function exerciseScope(actor: Pick<Actor, "orgId">, planId: string, exerciseId: string) {
  return { id: exerciseId, orgId: actor.orgId, planId };
}

/** A measurement of one test of the actor's organisation. */
export function measurementScope(actor: Pick<Actor, "orgId">, planId: string, exerciseId: string, measurementId: string) {
  return { id: measurementId, orgId: actor.orgId, exerciseId, exercise: { planId } };
}

/** An attachment of one test of the actor's organisation. */
export function attachmentScope(actor: Pick<Actor, "orgId">, planId: string, exerciseId: string, attachmentId: string) {
  return { id: attachmentId, orgId: actor.orgId, planId, exerciseId };
}
