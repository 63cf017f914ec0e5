import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { Prisma } from "@/lib/generated/prisma/client";

type Snapshot = Prisma.InputJsonValue | null;

/** Who made a change: a member, or nobody (an upgrade, or `npm run create-admin` on the server). */
export type AuditActor = Pick<Actor, "orgId"> & { userId: string | null; email: string | null };

type Entry = {
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string;
  /**
   * The plan the record belongs to, or null for the organisation's own records (members, settings,
   * people). Required, so a new writer says which: the plan's audit trail (the log's plan filter,
   * the PDF's appendix) finds its rows by this column alone.
   */
  planId: string | null;
  before?: Snapshot;
  after?: Snapshot;
};

const row = (entry: Entry) => ({
  orgId: entry.actor.orgId,
  actorId: entry.actor.userId,
  actorEmail: entry.actor.email,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  planId: entry.planId,
  before: entry.before ?? undefined,
  after: entry.after ?? undefined,
});

/**
 * Appends one row to the audit log, inside the caller's transaction, so the change and its record
 * commit together or not at all. The table refuses updates and deletes (a trigger).
 */
export async function recordAudit(tx: Tx, entry: Entry): Promise<void> {
  await tx.auditLog.create({ data: row(entry) });
}

/** Appends many rows in one statement (a bulk change that audits each record it changed). */
export async function recordAudits(tx: Tx, entries: Entry[]): Promise<void> {
  if (entries.length) await tx.auditLog.createMany({ data: entries.map(row) });
}
