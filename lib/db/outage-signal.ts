/**
 * A process-wide note that a request has just found the database unreachable. The pages' code
 * sets it where an outage is recognised (`toAppError`); the proxy reads it to answer page requests
 * with 503 until Postgres answers again (lib/db/outage-breaker.ts, decision 8). It lives on
 * globalThis because the proxy and the pages are separate bundles of the same process.
 */
const KEY = Symbol.for("continuity.databaseUnavailableSince");
const holder = globalThis as { [KEY]?: number };

export function noteDatabaseUnavailable(at: number = Date.now()): void {
  holder[KEY] ??= at;
}

export function clearDatabaseUnavailable(): void {
  delete holder[KEY];
}

/** When the outage was first noticed, or undefined when no request has seen one since the last all-clear. */
export function databaseUnavailableSince(): number | undefined {
  return holder[KEY];
}
