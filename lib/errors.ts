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

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldErrors;

  constructor(code: ErrorCode, message: string, fieldErrors: FieldErrors = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);

/** A validation error on one field: the form shows `message` at the field. */
export const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", "Please correct the highlighted field.", { [field]: message });
