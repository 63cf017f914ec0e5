import { db } from "@/lib/db/client";

/**
 * For tests that interleave transactions: a promise and what settles it, so that one transaction
 * waits at a step until another has reached one of its own.
 */
export function signal(): { promise: Promise<void>; settle: () => void } {
  let settle!: () => void;
  const promise = new Promise<void>((resolve) => (settle = resolve));
  return { promise, settle };
}

/**
 * Waits until `count` statements whose text is LIKE `query` are blocked on a lock in Postgres
 * (`what` names them in the failure), so that the test goes on only once they wait.
 */
export async function untilWaitingOnLock({ query, count = 1, what }: { query: string; count?: number; what: string }): Promise<void> {
  for (let waited = 0; waited <= 10_000; waited += 10) {
    const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE ${query}`;
    if (waiting >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Expected ${count} ${what} to be waiting on a lock.`);
}

/**
 * Waits until `count` sessions are blocked behind the session `pid`: on a lock it holds, or queued
 * behind another session that is, wherever in their transactions they wait (`what` names them in
 * the failure).
 */
export async function untilBlockedBy({ pid, count, what }: { pid: number; count: number; what: string }): Promise<void> {
  for (let waited = 0; waited <= 10_000; waited += 10) {
    const waiting = await db.$queryRaw<{ pid: number; blockers: number[] }[]>`
      SELECT pid, pg_blocking_pids(pid) AS blockers FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    const behind = new Set([pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const session of waiting) {
        if (!behind.has(session.pid) && session.blockers.some((blocker) => behind.has(blocker))) {
          behind.add(session.pid);
          grew = true;
        }
      }
    }
    if (behind.size - 1 >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Expected ${count} ${what} to be waiting behind session ${pid}.`);
}
