/** Runs once when a server instance starts: a wrong configuration stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
    // Each instance also takes background jobs (report rendering) from the Postgres queue, unless
    // told not to because dedicated workers (scripts/worker.ts) do it. Never during `next build`.
    if (process.env.NEXT_PHASE !== "phase-production-build" && process.env.CONTINUITY_WORKERS !== "off") {
      const { startReportWorker } = await import("@/lib/reports/start-workers");
      await startReportWorker();
    }
  }
}
