import type { Actor } from "@/lib/auth/context";

/** The `where` that finds a management review only inside the actor's organisation. */
export function reviewScope(actor: Pick<Actor, "orgId">, reviewId: string) {
  return { id: reviewId, orgId: actor.orgId };
}
