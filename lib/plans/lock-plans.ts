import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Locks every plan row of the organisation, in id order, for the rest of the transaction. An
 * organisation-wide record that plans name (a person, a department, a site) bumps the revision of
 * the plans that name it through its trigger, after it has locked its own row; a save that locked
 * one of those plans first (lockPlan) may then need that row, to check a foreign key to it, and
 * Postgres would fail one of the two as a deadlock. So a write of such a record takes the plans
 * first (decision 74). One statement in id order: two of these wait for each other rather than
 * each holding a part, and a save that holds one plan only delays it.
 */
export async function lockPlans(tx: Pick<Tx, "$queryRaw">, { orgId }: { orgId: string }): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Plan" WHERE "orgId" = ${orgId} ORDER BY id FOR UPDATE`;
}
