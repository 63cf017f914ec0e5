import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { oneLineError } from "@/lib/one-line-error";
import { REPORT_JOB } from "@/lib/reports/report-limits";

export const REPORT_QUEUE = "report.render";

export type ReportJob = { reportId: string };

const holder = globalThis as unknown as { continuityBoss?: Promise<PgBoss> };

/**
 * The one pg-boss instance of the process. Jobs live in Postgres (schema "pgboss"), so any app
 * instance or standalone worker (scripts/worker.ts) may take them, and a restart loses none: a
 * job whose worker died expires and is retried. A start that fails (Postgres was down at that
 * moment) is forgotten, so the next request starts it again instead of failing until a restart.
 */
export function queue(): Promise<PgBoss> {
  holder.continuityBoss ??= startQueue().catch((error: unknown) => {
    holder.continuityBoss = undefined;
    throw error;
  });
  return holder.continuityBoss;
}

async function startQueue(): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: env().DATABASE_URL });
  // One line per error: pg-boss reports each failed poll while Postgres is down.
  boss.on("error", (error) => console.error(`Job queue error: ${oneLineError(error)}`));
  try {
    await boss.start();
    await boss.createQueue(REPORT_QUEUE);
    return boss;
  } catch (error) {
    // Its pool and timers must not outlive the failed start.
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw error;
  }
}

/**
 * Sends a report's job to `boss` (the process's queue unless given). Throws when no job was
 * queued: pg-boss throws when it cannot reach its database or was stopped, and returns no id
 * when it stored nothing (its queue does not exist).
 */
export async function enqueueReport(reportId: string, boss: Promise<PgBoss> = queue()): Promise<void> {
  const id = await (await boss).send(REPORT_QUEUE, { reportId } satisfies ReportJob, REPORT_JOB);
  if (!id) throw new Error(`pg-boss queued no job for report ${reportId}`);
}
