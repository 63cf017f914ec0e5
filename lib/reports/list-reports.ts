import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { reportScope } from "@/lib/reports/scope";
import { notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";
import { canDownloadReport } from "@/lib/reports/download-report";

export const REPORTS_SHOWN = 20;

/**
 * The plan's most recent reports, newest first, without their bytes (the page polls this), each
 * saying whether the actor may download it (download-report.ts).
 */
export async function listReports({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:export");
  // Another organisation's plan is not found, rather than a plan with no reports.
  if ((await db.plan.count({ where: planScope(actor, planId) })) === 0) throw notFound("The plan");
  const rows = await db.report.findMany({
    where: reportScope(actor, planId),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: REPORTS_SHOWN,
    select: { id: true, versionNumber: true, includeAudit: true, auditFrom: true, auditTo: true, status: true, progress: true, error: true, sizeBytes: true, sha256: true, createdAt: true, finishedAt: true },
  });
  return rows.map((r) => ({
    ...r,
    downloadable: canDownloadReport(actor, r),
    auditFrom: r.auditFrom?.toISOString() ?? null,
    auditTo: r.auditTo?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  }));
}

export type ReportRow = Awaited<ReturnType<typeof listReports>>[number];
