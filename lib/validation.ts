import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

/** zod issues as one message per field (the first), keyed by the field's dotted path. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    out[key] ??= issue.message;
  }
  return out;
}

/** Parses input with a schema shared by the form and the server; throws a VALIDATION AppError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fieldErrors = fieldErrorsOf(result.error);
    throw new AppError("VALIDATION", "Some fields need attention.", fieldErrors);
  }
  return result.data;
}
