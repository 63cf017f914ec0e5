/**
 * Background workers without the web server: `npx tsx --conditions=react-server scripts/worker.ts`.
 * Run as many as needed next to (or instead of, with CONTINUITY_WORKERS=off) the app instances;
 * they share the Postgres job queue.
 */
import { env } from "@/lib/env";
import { queue } from "@/lib/reports/queue";
import { startReportWorker } from "@/lib/reports/start-workers";

async function main() {
  env();
  await startReportWorker();
  console.log("Report worker started; waiting for jobs.");
  const stop = async () => {
    // Let a running job finish (pg-boss waits for active handlers), then leave.
    await (await queue()).stop({ graceful: true, wait: true });
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
