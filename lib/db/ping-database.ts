import pg from "pg";

/**
 * `SELECT 1` on a connection of its own, given up after `timeoutMs` (a host that does not answer
 * at all must not hold a page request): the outage breaker's probe. Not the app's pool, whose
 * connections may be waiting for the same unreachable server.
 */
export async function pingDatabase({ url, timeoutMs = 1000 }: { url: string; timeoutMs?: number }): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  // A connection that breaks after connecting emits "error"; without a listener it would crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => {});
  }
}
