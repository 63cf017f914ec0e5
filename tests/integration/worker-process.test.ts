/**
 * The dedicated worker as docs/self-hosting.md runs it: `tsx --conditions=react-server
 * scripts/worker.ts` (the tsx that `npx tsx` runs, called directly as a service must: npm 11 dies of
 * the SIGTERM it is sent instead of passing it on) starts (it once crashed at start, importing
 * next/navigation through the audit log), says so, and leaves with exit 0 on SIGTERM, as systemd or
 * Docker stop it. In a database of its own, so that it takes none of the jobs other files queue.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";
import { startScript } from "./start-script";

const adminUrl = withDatabase(process.env.DATABASE_URL!, "postgres");
const name = `continuity_worker_${randomBytes(4).toString("hex")}`;
const url = withDatabase(adminUrl, name);

beforeAll(async () => {
  await createDatabaseIfMissing(adminUrl, name);
  await migrate(url);
}, 120_000);

afterAll(() => dropDatabase(adminUrl, name));

describe("the dedicated report worker", () => {
  it("starts, then stops cleanly on SIGTERM", { timeout: 120_000 }, async () => {
    const worker = startScript({ script: "scripts/worker.ts", databaseUrl: url });
    const { child, exited } = worker;
    const started = await Promise.race([
      new Promise<boolean>((resolve) => {
        const check = () => worker.output.includes("Report worker started") && resolve(true);
        child.stdout.on("data", check);
        child.stderr.on("data", check);
      }),
      exited.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 90_000)),
    ]);
    expect(started, worker.output).toBe(true);

    child.kill("SIGTERM");
    expect(await exited, worker.output).toEqual({ code: 0, signal: null });
    expect(worker.output).toContain("Report worker stopped.");
    expect(worker.output).not.toMatch(/Error/);
  });
});
