import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { CHAIN_START, checkChain, type ChainBreak, type ChainEntry, type ChainProgress, type ChainVerification } from "@/lib/audit/audit-chain";

/** Rows read per round trip: an organisation's log can hold hundreds of thousands. */
export const CHAIN_BATCH = 2_000;

type Row = ChainEntry & { hash: string };

/**
 * Recomputes the organisation's audit chain in Node, from its first row to the head it had when
 * the check began (rows appended meanwhile are left for the next one), a batch at a time in seq
 * order, and says whether it is intact (how many entries, the head's hash) or where it first
 * breaks (lib/audit/audit-chain.ts). The verification is itself audited (`audit.verified`, with
 * its outcome), in a transaction of its own once the rows are read.
 */
export async function verifyAuditChain({ actor, now = new Date(), batch = CHAIN_BATCH }: { actor: Actor; now?: Date; batch?: number }): Promise<ChainVerification> {
  authorize(actor, "audit:read");
  const head = await db.auditLog.findFirst({ where: { orgId: actor.orgId, seq: { not: null } }, orderBy: { seq: "desc" }, select: { seq: true } });
  let progress: ChainProgress = CHAIN_START;
  let broken: ChainBreak | null = null;
  // Keyset pages by (seq, id): a number repeated (the unique index dropped) is still read, once.
  let cursor = { seq: 0, id: "" };
  while (head) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT "id", "orgId", "seq", "createdAt", "actorId", "actorEmail", "action", "entityType", "entityId", "planId",
             "before"::text AS "before", "after"::text AS "after", "hash"
      FROM "AuditLog"
      WHERE "orgId" = ${actor.orgId} AND ("seq", "id") > (${cursor.seq}::int, ${cursor.id}) AND "seq" <= ${head.seq}::int
      ORDER BY "seq", "id"
      LIMIT ${batch}::int`;
    const checked = checkChain(progress, rows);
    if ("broken" in checked) {
      broken = checked.broken;
      break;
    }
    progress = checked.progress;
    if (rows.length < batch) break;
    cursor = rows[rows.length - 1];
  }
  // A committed row is always sealed (numbered and hashed as its transaction commits); one that is
  // not was written with the trigger off, and would otherwise go unseen in a walk by number.
  if (!broken) {
    const unchained = await db.auditLog.findFirst({ where: { orgId: actor.orgId, seq: null }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
    if (unchained) broken = { seq: 0, createdAt: unchained.createdAt, problem: "unchained" };
  }
  const result: ChainVerification = broken
    ? { verifiedAt: now, intact: false, broken }
    : { verifiedAt: now, intact: true, entries: progress.entries, head: progress.hash };
  const outcome = broken
    ? { intact: false, entry: broken.seq, problem: broken.problem, ...(broken.missingFrom ? { missingFrom: broken.missingFrom } : {}) }
    : { intact: true, entries: progress.entries, head: progress.hash };
  await db.$transaction((tx) => recordAudit(tx, { actor, action: "audit.verified", entityType: "organization", entityId: actor.orgId, planId: null, after: outcome }));
  return result;
}
