import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";

/** The `where` of a plan's recovery rows, always inside the actor's organisation. */
export function recoveryScope(actor: Pick<Actor, "orgId">, planId: string) {
  return { orgId: actor.orgId, planId };
}

/** Checks that ids sent by the client name rows of this plan; else a VALIDATION error on `field`. */
export async function checkInPlan(
  tx: Tx,
  model: "backupLocation" | "host" | "system" | "scenario",
  scope: { orgId: string; planId: string },
  ids: string[],
  field: string,
  message: string,
): Promise<void> {
  if (ids.length === 0) return;
  const where = { ...scope, id: { in: ids } };
  const delegate = tx[model] as unknown as { count: (args: { where: typeof where }) => Promise<number> };
  if ((await delegate.count({ where })) !== new Set(ids).size) throw invalid(field, message);
}

/** A site id must name one of the organisation's sites. */
export async function checkSite(tx: Tx, actor: Pick<Actor, "orgId">, siteId: string | null): Promise<void> {
  if (siteId && !(await tx.site.findFirst({ where: { id: siteId, orgId: actor.orgId } }))) {
    throw invalid("siteId", "Site: choose one of the organisation's sites.");
  }
}
