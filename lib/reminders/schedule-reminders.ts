import "server-only";
import type PgBoss from "pg-boss";
import { describeRun, sendDueReminders } from "@/lib/reminders/send-due-reminders";

export const REMINDER_QUEUE = "reminders.send";

/** Every day at 06:00 UTC: before the working day starts in Europe, and the day's due dates have turned. */
export const REMINDER_CRON = "0 6 * * *";

/**
 * Schedules the daily reminders (decision 66) and works their jobs. pg-boss keeps one schedule per
 * queue however many instances set it, and sends one job per cron tick between them; a job that
 * fails is retried, which is safe because sendDueReminders tells nobody twice: a job in which
 * some organisation's reminders failed fails too (after the others were reminded), to be retried.
 */
export async function scheduleReminders(boss: PgBoss): Promise<void> {
  await boss.createQueue(REMINDER_QUEUE);
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON);
  await boss.work(REMINDER_QUEUE, async () => {
    const run = await sendDueReminders({ now: new Date() });
    console.log(describeRun(run));
    if (run.failed.length > 0) throw new Error(`Due reminders failed for ${run.failed.map(({ name, orgId }) => `“${name}” (${orgId})`).join(", ")}.`);
  });
}
