import type { Actor } from "@/lib/auth/context";

/** The `where` that finds a report only inside the actor's organisation and plan. */
export function reportScope(actor: Pick<Actor, "orgId">, planId: string, reportId?: string) {
  return { orgId: actor.orgId, planId, ...(reportId ? { id: reportId } : {}) };
}
