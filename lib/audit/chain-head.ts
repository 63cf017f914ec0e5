import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { ChainHead } from "@/lib/audit/audit-chain";

// Read by the report worker too, which runs outside Next: nothing here may import the session module.

/**
 * The last row of the organisation's audit chain as `tx` sees it (its number and hash), or null
 * for an empty log: what an export says it was made at, so a later verification can be held
 * against it (rows removed from the end of a chain leave the rest intact; only a head written
 * down elsewhere shows them gone).
 */
export async function auditChainHead(orgId: string, tx: Tx = db): Promise<ChainHead> {
  const head = await tx.auditLog.findFirst({ where: { orgId, seq: { not: null } }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  return head?.seq && head.hash ? { seq: head.seq, hash: head.hash } : null;
}
