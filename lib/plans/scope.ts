import type { Actor } from "@/lib/auth/context";

/** The `where` that finds a plan only inside the actor's organisation. */
export function planScope(actor: Pick<Actor, "orgId">, planId: string) {
  return { id: planId, orgId: actor.orgId };
}
