/**
 * An instance that starts while Postgres cannot be reached: the report worker's start does not
 * throw (it would fail the app's boot for good), keeps trying with a line in the log per attempt,
 * and attaches by itself once Postgres answers, then takes jobs. The "outage" is this file's own:
 * it reaches Postgres through a relay that listens only once the test lets it (tcp-relay.ts). Its
 * database is its own too, so its worker takes none of the jobs other files leave queued.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";
import { db } from "@/lib/db/client";
import { REPORT_QUEUE } from "@/lib/reports/queue";
import { REMINDER_CRON, REMINDER_QUEUE } from "@/lib/reminders/schedule-reminders";
import { startReportWorkerInBackground } from "@/lib/reports/start-workers";
import { tcpRelay } from "./tcp-relay";

const adminUrl = withDatabase(process.env.DATABASE_URL!, "postgres");
const name = `continuity_worker_${randomBytes(4).toString("hex")}`;
const target = new URL(withDatabase(adminUrl, name));
const relay = await tcpRelay(target);
process.env.DATABASE_URL = relay.url;

const lines: string[] = [];
let worker: ReturnType<typeof startReportWorkerInBackground> | undefined;

beforeAll(async () => {
  await createDatabaseIfMissing(adminUrl, name);
  await migrate(target.toString());
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await db.$disconnect();
  await relay.close();
  await dropDatabase(adminUrl, name);
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the report worker started while Postgres is unreachable", () => {
  it("keeps trying, one log line per failure, and takes jobs once Postgres answers", { timeout: 150_000 }, async () => {
    // Short waits so the test sees several attempts; the real schedule is tests/unit/jobs-retry-delay.test.ts's.
    worker = startReportWorkerInBackground({ delayMs: () => 100, log: (line) => lines.push(line), stopTimeoutMs: 1000 });
    await until(() => lines.length >= 3);
    for (const [index, line] of lines.entries()) {
      expect(line).toMatch(new RegExp(`^Report worker could not start \\(attempt ${index + 1}\\): connect ECONNREFUSED 127\\.0\\.0\\.1:${relay.port}\\. Trying again in 0\\.1 seconds\\.$`));
    }

    await relay.open();
    const boss = await worker.started;
    expect(boss).not.toBeNull();

    // A job for a report that does not exist: the worker takes it and completes it at once.
    const id = await boss!.send(REPORT_QUEUE, { reportId: "no-such-report" });
    expect(id).toBeTruthy();
    await until(async () => (await boss!.getJobById(REPORT_QUEUE, id!))?.state === "completed");
    // The daily reminders are scheduled with it (decision 66), and a job of theirs runs them.
    expect((await boss!.getSchedules()).map(({ name, cron }) => ({ name, cron }))).toEqual([{ name: REMINDER_QUEUE, cron: REMINDER_CRON }]);
    const reminders = await boss!.send(REMINDER_QUEUE, {});
    await until(async () => (await boss!.getJobById(REMINDER_QUEUE, reminders!))?.state === "completed");
  });
});
