"use client";

import { useActionState, useState } from "react";
import { IDLE, type FormAction, type FormState } from "@/lib/http/form-state";

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

/**
 * Runs `onSaved` once after each successful save, during render (React's way of adjusting state
 * when an input changes): an add form clears the choices it keeps in state, as the browser
 * clears its other fields.
 */
export function useOnSaved(state: FormState, onSaved: () => void) {
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.status === "ok") onSaved();
  }
}
