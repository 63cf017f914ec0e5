"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";

/**
 * Form state for a record form: after a failed save, `value` returns what the user typed (not the
 * stored value) and `error` the field's message.
 */
export function useRecordForm(action: FormAction) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: string, stored: string | number | null | undefined) => typed?.[name] ?? (stored === null || stored === undefined ? "" : String(stored));
  const error = (name: string) => state.fieldErrors?.[name];
  return { state, formAction, value, error };
}
