import "server-only";
import { queue, REPORT_QUEUE, type ReportJob } from "@/lib/reports/queue";
import { runReportJob } from "@/lib/reports/run-report-job";

/** Takes report jobs from the queue, one at a time per process (rendering is CPU-bound). */
export async function startReportWorker(): Promise<void> {
  const boss = await queue();
  await boss.work<ReportJob>(REPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    await runReportJob(job.data.reportId);
  });
}
