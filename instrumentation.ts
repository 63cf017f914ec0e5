/** Runs once when a server instance starts: a wrong configuration stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    const config = env();
    // Each instance also takes background jobs (report rendering) from the Postgres queue, unless
    // told not to because dedicated workers (scripts/worker.ts) do it. Never during `next build`.
    if (process.env.NEXT_PHASE !== "phase-production-build" && config.CONTINUITY_WORKERS === "on") {
      const { startReportWorker } = await import("@/lib/reports/start-workers");
      await startReportWorker();
    }
  }
}
