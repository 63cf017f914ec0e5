import { clearDatabaseUnavailable, databaseUnavailableSince } from "@/lib/db/outage-signal";

type Options = {
  /** Resolves when the database answers, rejects when it does not. */
  probe: () => Promise<void>;
  /** After a failed probe, how long to answer "down" without probing again. */
  retryAfterMs?: number;
  now?: () => number;
};

/**
 * A circuit breaker for page requests. While no request has noticed an outage it says "up"
 * without touching the database, so it costs nothing in normal operation. Once one has, it
 * probes the database (one probe at a time, at most once per `retryAfterMs`) and says "down"
 * until a probe succeeds, which clears the note: the app recovers by itself.
 */
export function createOutageBreaker({ probe, retryAfterMs = 1000, now = Date.now }: Options): () => Promise<boolean> {
  let lastFailure = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<boolean> | null = null;

  return function databaseDown(): Promise<boolean> {
    if (databaseUnavailableSince() === undefined) return Promise.resolve(false);
    if (inFlight) return inFlight;
    if (now() - lastFailure < retryAfterMs) return Promise.resolve(true);
    inFlight = probe().then(
      () => {
        clearDatabaseUnavailable();
        return false;
      },
      () => {
        lastFailure = now();
        return true;
      },
    );
    void inFlight.finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
