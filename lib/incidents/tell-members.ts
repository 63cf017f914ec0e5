import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { notify } from "@/lib/notifications/notify";

/**
 * Tells every member of the organisation but the one acting about one of the plan's incidents
 * (declared, stood down), linking its page (decision 58). In the caller's transaction, so the
 * notification exists only if the change does; the e-mail worker sends it like any other
 * (decisions 52 and 55).
 */
export async function tellMembers(tx: Tx, { actor, planId, incidentId, message }: { actor: Pick<Actor, "orgId" | "userId">; planId: string; incidentId: string; message: string }) {
  const members = await tx.membership.findMany({ where: { orgId: actor.orgId, userId: { not: actor.userId } }, select: { userId: true } });
  await notify(tx, { orgId: actor.orgId, kind: "incidents", userIds: members.map((m) => m.userId), planId, message, href: `/plans/${planId}/incidents/${incidentId}` });
}
