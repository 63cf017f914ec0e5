/**
 * Background workers without the web server: `npx tsx --conditions=react-server scripts/worker.ts`.
 * Run as many as needed next to (or instead of, with CONTINUITY_WORKERS=off) the app instances;
 * they share the Postgres job queue. While Postgres cannot be reached it keeps trying; SIGTERM or
 * SIGINT lets a report being rendered finish (REPORT_WORKER_STOP_TIMEOUT_MS), then it exits 0.
 */
import "./lib/load-env";
import { env, EnvError } from "@/lib/env";
import { REPORT_WORKER_STOP_TIMEOUT_MS, startReportWorkerInBackground } from "@/lib/reports/start-workers";

function main() {
  try {
    env();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  const worker = startReportWorkerInBackground();
  void worker.started.then((boss) => boss && console.log("Report worker started; waiting for jobs."));
  const stop = () => {
    console.log(`Stopping: a report being rendered gets up to ${REPORT_WORKER_STOP_TIMEOUT_MS / 1000} s to finish.`);
    worker.stop().then(
      () => {
        console.log("Report worker stopped.");
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main();
