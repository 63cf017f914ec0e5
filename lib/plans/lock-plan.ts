import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Locks the plan row (within the organisation) for the rest of the transaction. A check that reads
 * the plan's rows and then writes on what it read takes it first, so two such writes to one plan
 * are serialised and the second reads what the first committed. Every change that bumps the
 * plan's content revision writes this row too, so it waits for the lock as well.
 */
export async function lockPlan(tx: Pick<Tx, "$queryRaw">, { orgId, planId }: { orgId: string; planId: string }): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${planId} AND "orgId" = ${orgId} FOR UPDATE`;
}
