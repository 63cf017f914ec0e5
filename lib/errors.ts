/**
 * The one error type of the app. Use cases throw it; route handlers and server actions map it to
 * an HTTP status or to form messages (lib/http/). Anything else is unexpected: logged, and shown
 * to the user as a generic message.
 */
export type ErrorCode = "VALIDATION" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

export type FieldErrors = Record<string, string>;

/** One field another person changed: its value in the version the user started from, and now. */
export type ConflictChange = { field: string; label: string; from: string; to: string };

/**
 * What a refused stale edit tells the form (docs/decisions/0007): the record's current version (a
 * re-submit with it overwrites), who saved it last and when (from the audit log), and the fields
 * they changed since the version the user started from.
 */
export type Conflict = { version: number; by: string | null; at: string | null; changes: ConflictChange[] };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldErrors;
  readonly conflict?: Conflict;

  constructor(code: ErrorCode, message: string, fieldErrors: FieldErrors = {}, conflict?: Conflict) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.conflict = conflict;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);

/** A validation error on one field: the form shows `message` at the field. */
export const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", "Please correct the highlighted field.", { [field]: message });
