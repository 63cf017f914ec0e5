import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { planScope } from "@/lib/plans/scope";

type Locked = { id: string; title: string; status: "active" | "stood_down"; declaredAt: Date; version: number };

/**
 * The incident a change to its log belongs to, locked for the rest of the transaction (so an entry
 * and a stand-down never interleave), inside the actor's organisation and the given plan: another
 * organisation's, or another plan's, is not found; a stood-down one's log is closed. With the
 * plan's name, for what the members are told.
 *
 * An archived plan takes no entries, but a stand-down closes the log, so it goes through: a plan
 * archived before archiving waited for its incidents (decision 75) would otherwise keep one active
 * for good.
 */
export async function loadActiveIncident(
  tx: Tx,
  actor: Pick<Actor, "orgId">,
  planId: string,
  incidentId: string,
  { standingDown = false }: { standingDown?: boolean } = {},
): Promise<Locked & { planName: string }> {
  const plan = standingDown ? await tx.plan.findFirst({ where: planScope(actor, planId), select: { name: true } }) : await loadEditablePlan(tx, actor, planId);
  if (!plan) throw notFound("The plan");
  const [incident] = await tx.$queryRaw<Locked[]>`
    SELECT "id", "title", "status"::text AS "status", "declaredAt", "version" FROM "Incident"
    WHERE "id" = ${incidentId} AND "orgId" = ${actor.orgId} AND "planId" = ${planId}
    FOR UPDATE`;
  if (!incident) throw notFound("The incident");
  if (incident.status !== "active") throw new AppError("CONFLICT", "This incident has been stood down: its log is closed.");
  return { ...incident, planName: plan.name };
}
