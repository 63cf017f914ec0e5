import type { Actor } from "@/lib/auth/context";

/** The `where` that finds a membership only inside the actor's organisation. */
export function membershipScope(actor: Pick<Actor, "orgId">, membershipId: string) {
  return { id: membershipId, orgId: actor.orgId };
}
