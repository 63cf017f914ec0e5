import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * A script of scripts/ started as an operator or a service runs it: the tsx binary itself (npm 11
 * dies of a SIGTERM instead of passing it on), under `react-server`, on `databaseUrl`. Its output,
 * stdout and stderr together, grows as it comes; `exited` settles with how it ended.
 */
export function startScript({ script, databaseUrl }: { script: string; databaseUrl: string }) {
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", script], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const started = { child, output: "" };
  child.stdout.on("data", (chunk) => (started.output += chunk));
  child.stderr.on("data", (chunk) => (started.output += chunk));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return Object.assign(started, { exited });
}
