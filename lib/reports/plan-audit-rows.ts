import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ReportAuditRow } from "@/lib/reports/report-input";
import { describeEntries } from "@/lib/audit/describe-entries";
import { PLAN_INPUT_ACTIONS } from "@/lib/audit/organisation-wide";

/**
 * The audit entries of a period that are about one plan, as the audit log filtered by the plan
 * shows them: those its rows name the plan of (AuditLog.planId: the plan itself and every record
 * it holds or held, deleted ones included), and the organisation-wide changes to records plans use
 * (a person renamed, a department, a site, the impact categories: PLAN_INPUT_ACTIONS), marked as
 * such. Entries about the organisation's members, its imports and exports, or other plans are
 * never included. The actor is named, and each entry described as the in-app log describes it: the
 * record by its name (or as deleted) and what changed.
 */
export async function planAuditRows(tx: Tx, { orgId, planId, from, to }: { orgId: string; planId: string; from: Date; to: Date }): Promise<ReportAuditRow[]> {
  const rows = await tx.$queryRaw<
    { createdAt: Date; actorEmail: string | null; actorName: string | null; action: string; entityType: string; entityId: string; planId: string | null; before: unknown; after: unknown }[]
  >`
    SELECT a."createdAt", a."actorEmail", u.name AS "actorName", a.action, a."entityType", a."entityId", a."planId", a.before, a.after
    FROM "AuditLog" a
    LEFT JOIN "User" u ON u.id = a."actorId"
    WHERE a."orgId" = ${orgId} AND (a."planId" = ${planId} OR (a."planId" IS NULL AND a.action = ANY(${[...PLAN_INPUT_ACTIONS]})))
      AND a."createdAt" >= ${from} AND a."createdAt" <= ${to}
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
    organisationWide: r.organisationWide,
    changes: r.changes,
  }));
}
