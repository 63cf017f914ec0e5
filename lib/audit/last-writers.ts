import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { auditNames } from "@/lib/audit/audit-names";
import type { Writer } from "@/lib/csv/stale-row";

/**
 * Who last changed each of these records and when: the newest audit row of one of `actions` (the
 * writes that move the record's version) about each of them. For an import refusing a row
 * exported before someone else's change.
 */
export async function lastWriters(tx: Tx, actor: Pick<Actor, "orgId">, { entityType, actions, ids }: { entityType: string; actions: readonly string[]; ids: readonly string[] }): Promise<Map<string, Writer>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.auditLog.findMany({
    where: { orgId: actor.orgId, entityType, entityId: { in: [...ids] }, action: { in: [...actions] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["entityId"],
    select: { entityId: true, actorId: true, actorEmail: true, createdAt: true },
  });
  const names = await auditNames(actor.orgId, rows.flatMap((row) => (row.actorId ? [row.actorId] : [])), tx);
  return new Map(rows.map((row) => [row.entityId, { by: (row.actorId && names.get(row.actorId)) || row.actorEmail || null, at: row.createdAt }]));
}
