/**
 * How long to wait before the next attempt to start a background worker, after `failures`
 * failed attempts: 1 s, doubling, at most 30 s. Short enough that the worker attaches within half
 * a minute of Postgres coming back, long enough that an outage of hours logs two lines a minute.
 */
export const FIRST_RETRY_DELAY_MS = 1000;
export const LONGEST_RETRY_DELAY_MS = 30_000;

export function retryDelayMs(failures: number): number {
  const doublings = Math.max(0, Math.floor(failures) - 1);
  return Math.min(LONGEST_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.min(doublings, 16));
}
