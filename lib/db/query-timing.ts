/**
 * Opt-in timing of the database's share of a request, for `npm run bench`: with
 * CONTINUITY_QUERY_TIMING=1 the Prisma client emits a "query" event per SQL statement, whose
 * duration is the time the driver adapter took to run it (SQL sent to rows back), and each is
 * written to stdout as one line with its start and end on the wall clock. The bench reads the
 * server's log, so the timing needs no route of its own and costs nothing when the flag is off.
 */
export const QUERY_TIMING_FLAG = "CONTINUITY_QUERY_TIMING";
const PREFIX = "continuity:query";

export type QueryInterval = { start: number; end: number };

export function queryTimingEnabled(): boolean {
  return process.env[QUERY_TIMING_FLAG] === "1";
}

/** Milliseconds since the Unix epoch, with the sub-millisecond part: comparable across processes. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/** Called by Prisma as each statement finishes (the event carries its duration). */
export function logQuery({ duration }: { duration: number }): void {
  const end = epochMs();
  process.stdout.write(`${PREFIX} ${(end - duration).toFixed(3)} ${end.toFixed(3)}\n`);
}

/** The interval of one log line, or null for any other line. */
export function parseQueryLine(line: string): QueryInterval | null {
  const [prefix, start, end] = line.trim().split(" ");
  if (prefix !== PREFIX) return null;
  return { start: Number(start), end: Number(end) };
}
