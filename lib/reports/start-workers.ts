import "server-only";
import { queue, REPORT_QUEUE, type ReportJob } from "@/lib/reports/queue";
import { runReportJob } from "@/lib/reports/run-report-job";
import { startEmailWorker } from "@/lib/notifications/start-email-worker";

/**
 * Takes report jobs from the queue, one at a time per process (rendering is CPU-bound), and
 * e-mails notifications (decision 52).
 */
export async function startReportWorker(): Promise<void> {
  const boss = await queue();
  startEmailWorker();
  await boss.work<ReportJob>(REPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    await runReportJob(job.data.reportId);
  });
}
