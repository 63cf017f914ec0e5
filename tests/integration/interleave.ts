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

/**
 * Holds `table` locked (ACCESS EXCLUSIVE) in a transaction of its own until released: a reader
 * that comes to it waits there, half-way through its reads, while the test changes what it read.
 */
export async function holdTable(table: "ManagementReview" | "ConsistencyGroup"): Promise<{ release: () => Promise<void> }> {
  const holding = signal();
  const released = signal();
  const holder = db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
    holding.settle();
    await released.promise;
  });
  await holding.promise;
  return {
    release: async () => {
      released.settle();
      await holder;
    },
  };
}

/** A settled use case as a race test reads it: "done", or the code of the AppError it threw. */
export const outcomeOf = (o: PromiseSettledResult<unknown>) => (o.status === "fulfilled" ? "done" : ((o.reason as { code?: string }).code ?? String(o.reason)));

/**
 * Runs `first`, a use case that locks the plan before the rows it writes, and then `second`, as
 * at one moment: the plan row is held until the first queues for it and the second is blocked
 * too (on the plan, or on a row the first will want). Released, the first takes the plan first.
 * Without one lock order (lib/plans/lock-plan.ts, lock-plans.ts) the second would hold a row,
 * waiting for the plan, while the first held the plan, waiting for that row: one failed as a
 * deadlock. Returns what each came to (outcomeOf).
 */
export async function racePlanLock({ planId, first, second }: { planId: string; first: () => Promise<unknown>; second: () => Promise<unknown> }): Promise<string[]> {
  const [a, b] = await db.$transaction(async (tx) => {
    const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${planId} FOR UPDATE`;
    const a = Promise.allSettled([first()]);
    await untilBlockedBy({ pid, count: 1, what: "plan-locking writes" });
    const b = Promise.allSettled([second()]);
    await untilBlockedBy({ pid, count: 2, what: "plan-locking writes and the write racing them" });
    return [a, b];
  });
  return [outcomeOf((await a)[0]), outcomeOf((await b)[0])];
}
