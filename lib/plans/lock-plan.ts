import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Locks the plan row (within the organisation) for the rest of the transaction. A check that reads
 * the plan's rows and then writes on what it read takes it first, so two such writes to one plan
 * are serialised and the second reads what the first committed. Every change that bumps the
 * plan's content revision writes this row too, so it waits for the lock as well.
 *
 * The lock order is the plan row, then the rows of its content (decision 74). A write of content
 * takes the plan row only at its first write, through the revision trigger, after it has locked
 * the rows it writes; one that locks the plan first takes those rows after it. Of two such writes
 * of one row at the same moment, each would hold what the other waits for, and Postgres would fail
 * one as a deadlock. So a use case that writes rows a lockPlan-first use case also writes or
 * locks (a function, a committee member, a test and what it holds, a system, a scenario, a host)
 * takes this lock too, before its first write or row lock. A write of a record of the organisation
 * that plans name takes all of them, in id order (lock-plans.ts).
 */
export async function lockPlan(tx: Pick<Tx, "$queryRaw">, { orgId, planId }: { orgId: string; planId: string }): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${planId} AND "orgId" = ${orgId} FOR UPDATE`;
}
