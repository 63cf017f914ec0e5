import "server-only";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { planScope } from "@/lib/plans/scope";
import { requestReportSchema } from "@/lib/reports/schemas";
import { enqueueReport, queue } from "@/lib/reports/queue";
import { checkReportLimits } from "@/lib/reports/check-report-limits";

export const REPORT_NOT_QUEUED = "The report could not be queued — try again.";

export const AUDIT_APPENDIX_REFUSED = "Only administrators, executives and auditors can append the audit trail: your role cannot read the audit log.";

/**
 * Queues a PDF report of a plan version (or of the current draft). The row records the request
 * and, later, the job's progress and the file; the job runs wherever a worker is free. A request
 * over the limits (lib/reports/report-limits.ts) is refused before anything is stored or queued.
 * A report whose job cannot be queued is marked failed at once (see settleUnqueued) and the
 * request refused. `jobs` is the queue to send to: the process's own unless given.
 */
export async function requestReport({ actor, input, jobs = queue }: { actor: Actor; input: unknown; jobs?: () => Promise<PgBoss> }) {
  authorize(actor, "plan:export");
  const { planId, version, includeAudit, auditFrom, auditTo } = parseInput(requestReportSchema, input);
  // The audit trail is the audit log's content: only those who may read the log may append it.
  if (includeAudit && !can(actor.role, "audit:read")) throw invalid("includeAudit", AUDIT_APPENDIX_REFUSED);
  const report = await db.$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: planScope(actor, planId), select: { id: true } });
    if (!plan) throw notFound("The plan");
    const versionNumber = version === "draft" ? null : version;
    if (versionNumber !== null) {
      const exists = await tx.planVersion.findFirst({ where: { orgId: actor.orgId, planId, number: versionNumber }, select: { id: true } });
      if (!exists) throw invalid("version", "That version does not exist.");
    }
    await checkReportLimits(tx, { actor });
    const created = await tx.report.create({
      data: {
        orgId: actor.orgId,
        planId,
        versionNumber,
        includeAudit,
        // The period covers whole days, in UTC.
        auditFrom: includeAudit ? new Date(`${auditFrom}T00:00:00.000Z`) : null,
        auditTo: includeAudit ? new Date(`${auditTo}T23:59:59.999Z`) : null,
        requestedById: actor.userId,
      },
      select: { id: true, versionNumber: true, includeAudit: true, auditFrom: true, auditTo: true },
    });
    await recordAudit(tx, { actor, action: "report.requested", entityType: "report", entityId: created.id, planId, after: { planId, ...created } });
    return created;
  });
  try {
    await enqueueReport(report.id, jobs());
  } catch (error) {
    await settleUnqueued({ actor, planId, reportId: report.id, cause: error });
  }
  return report;
}

/**
 * A report whose job could not be queued will never run. Left `queued`, it would hold one of its
 * member's unfinished slots until the limits' window ends (docs/decisions/0017); marked failed,
 * it frees the slot at once, and the reports list shows why. The send happens after the request's
 * transaction (a job must never point at a rolled-back row), so this is a second one, audited.
 */
async function settleUnqueued({ actor, planId, reportId, cause }: { actor: Actor; planId: string; reportId: string; cause: unknown }): Promise<never> {
  console.error("Could not queue a report job", cause);
  await db.$transaction(async (tx) => {
    await tx.report.update({ where: { id: reportId, orgId: actor.orgId }, data: { status: "failed", error: REPORT_NOT_QUEUED, finishedAt: new Date() } });
    await recordAudit(tx, { actor, action: "report.failed", entityType: "report", entityId: reportId, planId, after: { status: "failed", error: REPORT_NOT_QUEUED } });
  });
  throw new AppError("UNAVAILABLE", REPORT_NOT_QUEUED);
}
