import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { incidentScope } from "@/lib/incidents/scope";

/**
 * An incident of the plan inside the actor's organisation, active or stood down, locked for the
 * rest of the transaction (as loadActiveIncident locks it), so that a change checked against its
 * stand-down and its log is not raced by either. With its scenario's kind, if it still exists.
 */
export async function lockIncident(tx: Tx, actor: Pick<Actor, "orgId">, planId: string, incidentId: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Incident" WHERE "id" = ${incidentId} AND "orgId" = ${actor.orgId} AND "planId" = ${planId} FOR UPDATE`;
  if (!locked) throw notFound("The incident");
  return tx.incident.findFirstOrThrow({ where: incidentScope(actor, planId, incidentId), include: { scenario: { select: { kind: true } } } });
}
