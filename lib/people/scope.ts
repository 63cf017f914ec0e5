import type { Actor } from "@/lib/auth/context";

/** The `where` that finds a person only in the actor's organisation's register. */
export function personScope(actor: Pick<Actor, "orgId">, personId: string) {
  return { id: personId, orgId: actor.orgId };
}
