/**
 * What a server instance does when it starts, on Node.js only (instrumentation.ts): a wrong
 * configuration stops the process with a message naming the variable (so systemd or Docker shows
 * it); nothing that needs Postgres may fail the start, or Next would answer 500 to everything for
 * good, even after Postgres is back (decision 51).
 */
export async function registerNode() {
  const { env, EnvError } = await import("@/lib/env");
  let config;
  try {
    config = env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  // Said once at boot, never refused: migrating while the app runs works (decision 51). An
  // unreachable database is the worker's to report, and /api/health says both.
  const { migrationsBehind, migrationsBehindMessage } = await import("@/lib/db/migrations-behind");
  void migrationsBehind().then(
    (behind) => behind > 0 && console.error(migrationsBehindMessage(behind)),
    () => {},
  );
  // Each instance also takes background jobs (report rendering) from the Postgres queue, unless
  // told not to because dedicated workers (scripts/worker.ts) do it.
  if (config.CONTINUITY_WORKERS === "on") {
    const { startReportWorkerInBackground, REPORT_WORKER_STOP_TIMEOUT_MS } = await import("@/lib/reports/start-workers");
    const { beforeShutdown } = await import("@/lib/jobs/before-shutdown");
    const worker = startReportWorkerInBackground();
    void worker.started.then((boss) => boss && console.log("Report worker started."));
    beforeShutdown(async () => {
      console.log(`Stopping the report worker (a report being rendered gets up to ${REPORT_WORKER_STOP_TIMEOUT_MS / 1000} s to finish).`);
      await worker.stop();
    });
  }
}
