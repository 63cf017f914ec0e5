import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Serialises membership changes of one organisation (row lock on the organisation), so two
 * administrators demoting each other at once cannot leave it without an administrator.
 */
export async function lockMembers(tx: Tx, orgId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${orgId} FOR UPDATE`;
}

export async function adminCount(tx: Tx, orgId: string): Promise<number> {
  return tx.membership.count({ where: { orgId, role: "admin" } });
}
