/**
 * Recognises "the database cannot be reached" among everything the Prisma client can throw, so
 * an outage is told apart from a bug in one place. What Prisma 6.19 with @prisma/adapter-pg
 * actually throws (checked by stopping and restarting Postgres, and by pg_terminate_backend):
 * - the server is down or refuses connections: P1001 (model queries, starting a transaction), or
 *   P2010 for raw queries, with the adapter's cause kind "DatabaseNotReachable";
 * - the server shuts down or kills the session mid-query: P2010, or the adapter's own
 *   DriverAdapterError, with the Postgres code 57P01 (admin shutdown);
 * - a query on a connection that has just broken: pg's plain Error "Client has encountered a
 *   connection error and is not queryable".
 * The other codes and messages below are the same situations reached another way (a reset or
 * timed-out socket, a server that is starting up, no free connection slot).
 */

// Prisma: can't reach, timed out, operation timed out, server closed the connection, pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// SQLSTATE: admin/crash shutdown, cannot connect now, too many connections; class 08 is
// "connection exception".
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
const PG_MESSAGES = [
  "Connection terminated",
  "is not queryable",
  "timeout exceeded when trying to connect",
  "Can't reach database server",
];

type Shape = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

function matches(error: Shape): boolean {
  const { code, kind, originalCode, message } = error;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || SQLSTATES.has(code) || code.startsWith("08") || SOCKET_CODES.has(code))) return true;
  if (typeof originalCode === "string" && (SQLSTATES.has(originalCode) || originalCode.startsWith("08"))) return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  return typeof message === "string" && PG_MESSAGES.some((text) => message.includes(text));
}

/** True when `error` (or what it wraps) says Postgres is unreachable or went away. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const shape = error as Shape;
  return matches(shape) || isDatabaseUnavailable(shape.cause, depth + 1) || isDatabaseUnavailable(shape.meta?.driverAdapterError, depth + 1);
}
