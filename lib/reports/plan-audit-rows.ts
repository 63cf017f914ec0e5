import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportAuditRow } from "@/lib/reports/report-input";
import { describeEntries } from "@/lib/audit/list-audit";

/**
 * The tables whose rows belong to one plan (each has "planId" and "orgId"). Restore points are
 * left out: imports audit them as one entry on the plan, never one by one.
 */
const PLAN_TABLES = [
  "PlanVersion", "Report", "System", "Product", "BusinessFunction", "RecoveryTier", "ConsistencyGroup", "PlanSection",
  "CommitteeMember", "ErtRole", "Exercise", "Finding", "Attachment", "InventoryRegister", "InventoryItem",
  "BackupLocation", "Host", "BackupPolicy", "Replica", "Threat", "Scenario",
] as const;

/**
 * The audit entries of a period that are about one plan: the plan itself, the records it holds
 * now, and records whose entry names the plan (so a record deleted since still shows, when its
 * entries carried its planId). Entries about the organisation, its members, its people register
 * or other plans are never included. The actor is named, and each entry described as the in-app
 * log describes it: the record by its name (or as deleted) and what changed.
 */
export async function planAuditRows(tx: Tx, { orgId, planId, from, to }: { orgId: string; planId: string; from: Date; to: Date }): Promise<ReportAuditRow[]> {
  const current = Prisma.join(
    PLAN_TABLES.map((table) => Prisma.sql`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE "planId" = ${planId} AND "orgId" = ${orgId}`),
    " UNION ",
  );
  const rows = await tx.$queryRaw<{ createdAt: Date; actorEmail: string | null; actorName: string | null; action: string; entityType: string; entityId: string; before: unknown; after: unknown }[]>`
    WITH plan_records AS (
      SELECT ${planId}::text AS id
      UNION ${current}
      UNION SELECT "entityId" FROM "AuditLog"
        WHERE "orgId" = ${orgId} AND (after->>'planId' = ${planId} OR before->>'planId' = ${planId})
    )
    SELECT a."createdAt", a."actorEmail", u.name AS "actorName", a.action, a."entityType", a."entityId", a.before, a.after
    FROM "AuditLog" a
    LEFT JOIN "User" u ON u.id = a."actorId"
    WHERE a."orgId" = ${orgId} AND a."createdAt" >= ${from} AND a."createdAt" <= ${to}
      AND a."entityId" IN (SELECT id FROM plan_records)
    ORDER BY a."createdAt", a.id`;
  return (await describeEntries({ orgId }, rows, tx)).map((r) => ({
    createdAt: r.createdAt.toISOString(),
    actorEmail: r.actorEmail,
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    kind: r.kind,
    record: r.record,
    deleted: r.deleted,
    changes: r.changes,
  }));
}
