import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";
import { PLAIN_DIGITS, readPlainNumber } from "@/lib/numbers";
import { FIELDS_NEED_ATTENTION } from "@/lib/forms/error-summary";

const count = (n: unknown, one: string, many: string) => `${Number(n).toLocaleString("en-GB")} ${Number(n) === 1 ? one : many}`;

/**
 * Words for the issues a schema leaves without a message of its own (ids from hidden fields,
 * wrong types from a hand-made request): zod's defaults ("Invalid input: expected string,
 * received undefined") are not for users. Messages a schema sets always win over these.
 */
function plainMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "This field is required.";
      if (issue.expected === "number" || issue.expected === "int") return "Enter a number.";
      if (issue.expected === "array") return "Choose from the list.";
      if (issue.expected === "object" || issue.expected === "record") return "This was sent in a shape the form does not use.";
      return "Enter text.";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "This field is required." : `Enter at least ${count(issue.minimum, "character", "characters")}.`;
      if (issue.origin === "array" || issue.origin === "set") return `Choose at least ${count(issue.minimum, "item", "items")}.`;
      return `Enter a number of ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}.`;
    case "too_big":
      if (issue.origin === "string") return `Keep it under ${count(Number(issue.maximum) + 1, "character", "characters")}.`;
      if (issue.origin === "array" || issue.origin === "set") return `Choose at most ${count(issue.maximum, "item", "items")}.`;
      return `Enter a number of ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}.`;
    case "invalid_value":
      return "Choose one of the options.";
    case "invalid_format":
      return issue.format === "email" ? "Enter a valid e-mail address." : issue.format === "date" ? "Enter a date like 2026-02-10." : "This value is not in the expected format.";
    case "not_multiple_of":
      return `Enter a multiple of ${String(issue.divisor)}.`;
    default:
      return "This value is not valid.";
  }
}

/** zod issues as one message per field (the first), keyed by the field's dotted path. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Why a string cannot be saved, if it cannot: Postgres refuses a NUL character in text and JSON,
 * and a lone UTF-16 surrogate (half of an emoji, from a broken client) breaks Prisma's query
 * encoding. Either would fail as a database error instead of a message at the field.
 */
function unstorable(text: string): string | null {
  if (text.includes("\u0000")) return "Remove the invisible NUL character (\\0): it cannot be saved.";
  if (!text.isWellFormed()) return "Remove the broken character (half of an emoji or symbol): it cannot be saved.";
  return null;
}

/** The strings of parsed input that cannot be saved, as field errors keyed by their paths. */
function unstorableFields(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === "string") {
    const message = unstorable(value);
    return message ? [[path.length ? path.join(".") : "form", message]] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableFields(item, [...path, String(index)]));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => unstorableFields(item, [...path, key]));
  }
  return [];
}

/**
 * A number typed into a form field, checked by `schema` (a z.number with the field's bounds and
 * messages, optional or not): blank is "not given" (undefined), text in plain digits its number
 * (lib/numbers.ts), and other text ("1e3", "0x10", "Infinity") is refused with the field's label.
 * Anything but text is left for `schema` to refuse (Number() of an object can throw).
 */
export const typedNumber = <S extends z.ZodType>(label: string, schema: S) =>
  z.preprocess((value, ctx) => {
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return undefined;
    if (typeof value !== "string") return value;
    const n = readPlainNumber(value);
    if (n === null) {
      ctx.addIssue({ code: "custom", message: `${label}: ${PLAIN_DIGITS}.` });
      return z.NEVER;
    }
    return n;
  }, schema);

/** A text field that may be left blank: blank (or only spaces) is "not given" (undefined), else `schema`'s to check. */
export const blankable = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** A checkbox: a ticked box sends "on" (a client may send true); an unticked one sends nothing, which is false. */
export const checkboxField = () => z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** Postgres' int4: the type of every version column. */
export const MAX_INT4 = 2_147_483_647;

/**
 * The version a form started from (optimistic concurrency): a whole number a version column can
 * hold, since a larger one would fail in the database's query instead of as a stale edit.
 */
export const versionField = (min = 1) => z.coerce.number().int().min(min).max(MAX_INT4);

export type Checked<T> = { success: true; data: T } | { success: false; fieldErrors: FieldErrors };

/** Checks input with a schema: the parsed data, or one plain message per field. */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(input, { error: plainMessage });
  if (!result.success) return { success: false, fieldErrors: fieldErrorsOf(result.error) };
  const unsaveable = unstorableFields(result.data);
  if (unsaveable.length > 0) return { success: false, fieldErrors: Object.fromEntries(unsaveable) };
  return { success: true, data: result.data };
}

/** Parses input with a schema shared by the form and the server; throws a VALIDATION AppError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = checkInput(schema, input);
  if (!result.success) throw new AppError("VALIDATION", FIELDS_NEED_ATTENTION, result.fieldErrors);
  return result.data;
}
