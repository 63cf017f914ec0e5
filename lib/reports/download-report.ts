import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { reportRefSchema } from "@/lib/reports/schemas";
import { reportScope } from "@/lib/reports/scope";
import { fileSafe } from "@/lib/slug";

export const REPORT_NEEDS_AUDIT_READ = "This report has the audit trail appended: only administrators, executives and auditors can download it, as only they can read the audit log.";

/**
 * Whether the actor may download a report: one with the audit trail appended holds the audit
 * log's content, which only those who may read the log may take, whoever requested it.
 */
export function canDownloadReport(actor: Pick<Actor, "role">, report: { includeAudit: boolean }): boolean {
  return !report.includeAudit || can(actor.role, "audit:read");
}

/** A finished report's PDF; each download is audited (the file leaves the app). */
export async function downloadReport({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:export");
  const { planId, reportId } = parseInput(reportRefSchema, input);
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({ where: reportScope(actor, planId, reportId) });
    const plan = await tx.plan.findFirst({ where: { id: planId, orgId: actor.orgId }, select: { name: true } });
    if (!report || !plan) throw notFound("The report");
    if (!canDownloadReport(actor, report)) throw new AppError("FORBIDDEN", REPORT_NEEDS_AUDIT_READ);
    if (report.status !== "done" || !report.bytes) throw new AppError("CONFLICT", "The report is not ready yet.");
    await recordAudit(tx, { actor, action: "report.downloaded", entityType: "report", entityId: report.id, planId, after: { planId, versionNumber: report.versionNumber, sha256: report.sha256 } });
    const label = report.versionNumber === null ? "draft" : `v${report.versionNumber}`;
    return { filename: `${fileSafe(plan.name)}-${label}-${report.createdAt.toISOString().slice(0, 10)}.pdf`, bytes: report.bytes };
  });
}
