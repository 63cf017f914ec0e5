/**
 * The dedicated worker as docs/self-hosting.md runs it: `tsx --conditions=react-server
 * scripts/worker.ts` (the tsx that `npx tsx` runs, called directly as a service must: npm 11 dies of
 * the SIGTERM it is sent instead of passing it on) starts (it once crashed at start, importing
 * next/navigation through the audit log), says so, and leaves with exit 0 on SIGTERM, as systemd or
 * Docker stop it. In a database of its own, so that it takes none of the jobs other files queue.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";

const ROOT = path.resolve(import.meta.dirname, "../..");
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
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));

    const started = await Promise.race([
      new Promise<boolean>((resolve) => {
        const check = () => output.includes("Report worker started") && resolve(true);
        child.stdout.on("data", check);
        child.stderr.on("data", check);
      }),
      exited.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 90_000)),
    ]);
    expect(started, output).toBe(true);

    child.kill("SIGTERM");
    expect(await exited, output).toEqual({ code: 0, signal: null });
    expect(output).toContain("Report worker stopped.");
    expect(output).not.toMatch(/Error/);
  });
});
