import type { Actor } from "@/lib/auth/context";

/** The `where` that finds an incident only inside the actor's organisation and the given plan. */
export function incidentScope(actor: Pick<Actor, "orgId">, planId: string, incidentId: string) {
  return { id: incidentId, orgId: actor.orgId, planId };
}

/** An incident's log entries, inside the actor's organisation. */
export function entryScope(actor: Pick<Actor, "orgId">, incidentId: string) {
  return { orgId: actor.orgId, incidentId };
}
