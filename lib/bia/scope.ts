import type { Actor } from "@/lib/auth/context";

/** The `where` that finds a plan's record only inside the actor's organisation. */
export function planRecordScope(actor: Pick<Actor, "orgId">, planId: string, id: string) {
  return { id, planId, orgId: actor.orgId };
}

/** All of a plan's records of one kind, inside the actor's organisation. */
export function planRecords(actor: Pick<Actor, "orgId">, planId: string) {
  return { planId, orgId: actor.orgId };
}
