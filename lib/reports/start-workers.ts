import "server-only";
import type PgBoss from "pg-boss";
import { keepStarting, type KeptStarting } from "@/lib/jobs/keep-starting";
import { queue, REPORT_QUEUE, type ReportJob } from "@/lib/reports/queue";
import { runReportJob } from "@/lib/reports/run-report-job";
import { startEmailWorker } from "@/lib/notifications/start-email-worker";
import { scheduleReminders } from "@/lib/reminders/schedule-reminders";

/**
 * How long a stopping worker lets the report it is rendering finish. One still running then is
 * failed, so pg-boss retries it on another worker 10 s later (REPORT_JOB) instead of leaving it
 * "running" until its 15-minute expiry, counted against its member's limit all that time.
 */
export const REPORT_WORKER_STOP_TIMEOUT_MS = 20_000;

/**
 * Takes report jobs from the queue, one at a time per process (rendering is CPU-bound), sends
 * the daily due reminders (decision 66) and e-mails notifications (decision 52).
 */
export async function startReportWorker(): Promise<PgBoss> {
  const boss = await queue();
  // First: its queue and schedule are the steps that can fail, before anything polls.
  await scheduleReminders(boss);
  await boss.work<ReportJob>(REPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    await runReportJob(job.data.reportId);
  });
  // Once the queue works, so that a start tried again after a failure never polls twice; it stops with the queue.
  const stopEmails = startEmailWorker();
  boss.once("stopped", () => void stopEmails());
  return boss;
}

/**
 * The report worker, started in the background: while Postgres cannot be reached (or its database
 * is missing) it tries again and again (lib/jobs/keep-starting.ts) rather than failing the app's
 * start, and stop() lets a running report finish before it stops the queue.
 */
export function startReportWorkerInBackground(
  options: { delayMs?: (failures: number) => number; log?: (line: string) => void; stopTimeoutMs?: number } = {},
): KeptStarting<PgBoss> {
  const { stopTimeoutMs = REPORT_WORKER_STOP_TIMEOUT_MS, ...retry } = options;
  return keepStarting({
    name: "Report worker",
    start: startReportWorker,
    stop: (boss) => boss.stop({ graceful: true, wait: true, timeout: stopTimeoutMs }),
    ...retry,
  });
}
