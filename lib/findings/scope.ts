import type { Actor } from "@/lib/auth/context";

/** The `where` that finds a finding only inside the actor's organisation and the given plan. */
export function findingScope(actor: Pick<Actor, "orgId">, planId: string, findingId: string) {
  return { id: findingId, orgId: actor.orgId, planId };
}
