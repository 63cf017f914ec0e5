/**
 * Opt-in record of a request's SQL, for `npm run bench`: with CONTINUITY_QUERY_TIMING=1 the
 * Prisma client emits a "query" event per SQL statement, and each is written to stdout as one
 * line: when it started and ended on the wall clock (as the driver adapter saw it, SQL sent to
 * rows back) and the statement with its parameters, so that the bench can attribute statements to
 * its own requests and run them again on their own (bench/load.ts). Costs nothing when off.
 */
/** The setting that turns it on (read with the others in lib/env.ts). */
export const QUERY_TIMING_FLAG = "CONTINUITY_QUERY_TIMING";
const PREFIX = "continuity:query";

export type TimedQuery = { start: number; end: number; sql: string; params: unknown[] };

/** Milliseconds since the Unix epoch, with the sub-millisecond part: comparable across processes. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/** Called by Prisma as each statement finishes; `params` is the JSON of the bound values. */
export function logQuery({ duration, query, params }: { duration: number; query: string; params: string }): void {
  const end = epochMs();
  process.stdout.write(`${PREFIX} ${(end - duration).toFixed(3)} ${end.toFixed(3)} ${JSON.stringify({ sql: query, params: JSON.parse(params) })}\n`);
}

/** The statement of one log line, or null for any other line. */
export function parseQueryLine(line: string): TimedQuery | null {
  if (!line.startsWith(`${PREFIX} `)) return null;
  const [, start, end] = line.split(" ", 3);
  const { sql, params } = JSON.parse(line.slice(line.indexOf("{"))) as { sql: string; params: unknown[] };
  return { start: Number(start), end: Number(end), sql, params };
}
