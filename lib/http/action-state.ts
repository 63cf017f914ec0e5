import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError, toAppError } from "@/lib/errors";
import type { FormState } from "@/lib/http/form-state";

export type ActionState = FormState;

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/**
 * Runs a server action's use case and turns its outcome into form state. AppErrors (and a database
 * outage, as UNAVAILABLE) become their message and field errors (and a stale edit's conflict);
 * anything else is logged and shown generically. The submitted values come back on error so the
 * form never loses what the user typed. A use case's new version can come back with the message.
 * Next's redirect/notFound signals pass through.
 */
export async function runAction(
  formData: FormData,
  fn: (values: Record<string, string>) => Promise<string | { message: string; version: number } | void>,
): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const outcome = await fn(values);
    return typeof outcome === "object" ? { status: "ok", ...outcome } : { status: "ok", message: outcome ?? undefined };
  } catch (error) {
    unstable_rethrow(error);
    const known = toAppError(error);
    if (known) {
      const refused = { status: "error", message: known.message, fieldErrors: known.fieldErrors, values } as const;
      return known.conflict ? { ...refused, conflict: known.conflict } : refused;
    }
    console.error("Unexpected error in a server action", error);
    return { status: "error", message: "Something went wrong on our side. Nothing was saved; please try again.", values };
  }
}

/**
 * Runs a use case whose refusal as a conflict means the page is out of date (a delete of a record
 * changed since it was loaded, docs/decisions/0073): `refresh` revalidates the page then too, so
 * the page shows the change the refusal speaks of. The refusal still goes to runAction.
 */
export async function refreshingOnConflict<T>(run: () => Promise<T>, refresh: () => void): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") refresh();
    throw error;
  }
}
