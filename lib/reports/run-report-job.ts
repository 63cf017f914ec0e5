import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { loadReportInput } from "@/lib/reports/load-report-input";
import { renderInChild } from "@/lib/reports/render-in-child";

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
    const input = await db.$transaction(
      (tx) =>
        loadReportInput(tx, {
          orgId: report.orgId,
          planId: report.planId,
          versionNumber: report.versionNumber,
          audit: report.includeAudit && report.auditFrom && report.auditTo ? { from: report.auditFrom, to: report.auditTo } : null,
        }),
      { timeout: 60_000 },
    );
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
    await db.report.update({ where: { id: reportId }, data: { status: "failed", error: error instanceof Error ? error.message.slice(0, 2000) : String(error), finishedAt: new Date() } });
    throw error;
  }
}
