/**
 * The one error type of the app. Use cases throw it; route handlers and server actions map it to
 * an HTTP status or to form messages (lib/http/). Anything else is unexpected: logged, and shown
 * to the user as a generic message.
 */
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { noteDatabaseUnavailable } from "@/lib/db/outage-signal";
import { FIELDS_NEED_ATTENTION } from "@/lib/forms/error-summary";

export type ErrorCode = "VALIDATION" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "UNAVAILABLE";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
};

/**
 * The digest a page's error boundary receives for an outage. Next keeps a thrown error's own
 * `digest` when it masks server errors in production, so this is how the boundary can tell "the
 * database is down" from a bug without seeing the message.
 */
export const UNAVAILABLE_DIGEST = "CONTINUITY_UNAVAILABLE";

/** Seconds a client is asked to wait before retrying during an outage (Retry-After). */
export const RETRY_AFTER_SECONDS = 30;

export type FieldErrors = Record<string, string>;

/** One field another person changed: its value in the version the user started from, and now. */
export type ConflictChange = { field: string; label: string; from: string; to: string };

/**
 * What a refused stale edit tells the form (docs/decisions/0007): the record's current version (a
 * re-submit with it overwrites), who saved it last and when (from the audit log), and the fields
 * they changed since the version the user started from. `refused: "delete"` when what was refused
 * is a delete (docs/decisions/0073): a re-confirm with the version deletes it knowingly.
 */
export type Conflict = { version: number; by: string | null; at: string | null; changes: ConflictChange[]; refused?: "delete" };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldErrors;
  readonly conflict?: Conflict;
  readonly digest?: string;

  constructor(code: ErrorCode, message: string, fieldErrors: FieldErrors = {}, conflict?: Conflict) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.conflict = conflict;
    if (code === "UNAVAILABLE") this.digest = UNAVAILABLE_DIGEST;
  }

  get status(): number {
    return STATUS[this.code];
  }

  /** Headers for an HTTP response carrying this error: an outage says when to retry. */
  get headers(): Record<string, string> {
    return this.code === "UNAVAILABLE" ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {};
  }
}

/**
 * The database cannot be reached: nothing was read or saved, and trying again later will work.
 * `cause` keeps the driver's error for the server's log.
 */
export function unavailable(cause?: unknown): AppError {
  const error = new AppError("UNAVAILABLE", "Continuity is temporarily unavailable — nothing was saved; try again in a minute.");
  error.cause = cause;
  return error;
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);

/** A validation error on one field: the form shows `message` at the field, and in its error summary. */
export const invalid = (field: string, message: string) => new AppError("VALIDATION", FIELDS_NEED_ATTENTION, { [field]: message });

/**
 * The AppError that `error` stands for: an AppError itself, an outage of the database as
 * UNAVAILABLE, or null for anything else (a bug, which callers log and report generically). An
 * outage is also noted for the proxy, which then answers page loads with 503 until Postgres is back.
 */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (!isDatabaseUnavailable(error)) return null;
  noteDatabaseUnavailable();
  return unavailable(error);
}
