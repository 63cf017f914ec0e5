import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { readReportInput } from "@/lib/reports/load-report-input";
import { renderInChild } from "@/lib/reports/render-in-child";
import { toAppError } from "@/lib/errors";

export const REPORT_FAILED = "Something went wrong on our side while producing this report. Request it again; if it fails again, tell your administrator.";

/**
 * The job behind a report request: load the data, render it in the renderer's process, store
 * the bytes. Progress goes to the Report row for the page that polls it. A report already done
 * (a job retried after it stored its bytes) is left alone.
 */
export async function runReportJob(reportId: string): Promise<void> {
  const report = await db.report.findUnique({ where: { id: reportId } });
  if (!report || report.status === "done") return;
  await db.report.update({ where: { id: reportId }, data: { status: "running", progress: 5, error: "" } });
  try {
    const input = await readReportInput({
      orgId: report.orgId,
      planId: report.planId,
      versionNumber: report.versionNumber,
      audit: report.includeAudit && report.auditFrom && report.auditTo ? { from: report.auditFrom, to: report.auditTo } : null,
    });
    // Progress writes go one after the other, and all land before the final update.
    let written: Promise<unknown> = Promise.resolve();
    const bytes = await renderInChild(input, (percent) => {
      written = written.then(() => db.report.update({ where: { id: reportId }, data: { progress: percent } })).catch(() => undefined);
    });
    await written;
    await db.report.update({
      where: { id: reportId },
      data: { status: "done", progress: 100, bytes: new Uint8Array(bytes), sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), finishedAt: new Date() },
    });
  } catch (error) {
    // The list shows the failure to every member who may read the plan: a refusal's own words, or
    // words of ours for the unexpected (the renderer's stderr, a stack), whose details are logged.
    const known = toAppError(error);
    if (!known) console.error(`Report ${reportId} failed`, error);
    await db.report.update({ where: { id: reportId }, data: { status: "failed", error: known?.message ?? REPORT_FAILED, finishedAt: new Date() } });
    throw error;
  }
}
