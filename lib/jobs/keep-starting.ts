import { oneLineError } from "@/lib/one-line-error";
import { retryDelayMs } from "@/lib/jobs/retry-delay";

export type KeptStarting<T> = {
  /** The started value, or null when stop() came first. */
  started: Promise<T | null>;
  /** Ends the attempts; once started, runs `stop` on what was started (once, however often called). */
  stop: () => Promise<void>;
};

/**
 * Calls `start` until it succeeds, waiting `delayMs(failures)` between attempts and logging one
 * line per failure. Never throws: a process whose background work cannot start yet (Postgres down
 * or still starting after a power cut) keeps serving, and the work attaches by itself once it can.
 */
export function keepStarting<T>({
  name,
  start,
  stop,
  delayMs = retryDelayMs,
  log = (line) => console.error(line),
}: {
  /** What is started, as the log lines name it ("Report worker"). */
  name: string;
  start: () => Promise<T>;
  stop: (value: T) => Promise<void>;
  delayMs?: (failures: number) => number;
  log?: (line: string) => void;
}): KeptStarting<T> {
  let stopping = false;
  let wake = () => {};
  const started = (async () => {
    for (let failures = 1; !stopping; failures++) {
      try {
        return await start();
      } catch (error) {
        if (stopping) break;
        const wait = delayMs(failures);
        log(`${name} could not start (attempt ${failures}): ${oneLineError(error)}. Trying again in ${formatSeconds(wait)}.`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
    return null;
  })();
  let stopped: Promise<void> | undefined;
  return {
    started,
    stop: () => {
      stopping = true;
      wake();
      stopped ??= started.then((value) => (value === null ? undefined : stop(value)));
      return stopped;
    },
  };
}

function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}
