"use client";

import { useActionState, useState } from "react";
import { IDLE, type FormAction, type FormState } from "@/lib/http/form-state";
import { useKeptForm } from "@/components/bia/use-kept-form";

/** After a failed save, `value` returns what the user typed (not the stored value) and `error` the field's message. */
function fieldsOf(state: FormState) {
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: string, stored: string | number | null | undefined) => typed?.[name] ?? (stored === null || stored === undefined ? "" : String(stored));
  const error = (name: string) => state.fieldErrors?.[name];
  return { value, error };
}

/**
 * Form state for a record form of plain fields, submitted through its action prop. React resets
 * the form after the action runs: key it with formKey so that it remounts showing what was
 * submitted. A form whose choices live in React state needs useKeptRecordForm instead.
 */
export function useRecordForm(action: FormAction) {
  const [state, formAction] = useActionState(action, IDLE);
  return { state, formAction, ...fieldsOf(state) };
}

/**
 * Form state for a record form whose choices live in React state (ticks, the schedule picker, a
 * select that shows or hides other fields). It is submitted from its submit event (useKeptForm),
 * never through its action prop: React resets a form after its action prop runs, which put the
 * ticks and selects back in the page while their state kept what was chosen, so the form showed
 * one thing and then saved another. Not reset, every field still shows exactly what was submitted
 * after a refused save, and that is what the next save sends. `saves` counts successful saves:
 * key the form by it, so that an add form starts afresh and an edit form shows what was saved.
 */
export function useKeptRecordForm(action: FormAction) {
  const { state, pending, onSubmit } = useKeptForm(action);
  const [saves, setSaves] = useState(0);
  useOnSaved(state, () => setSaves((n) => n + 1));
  return { state, pending, onSubmit, saves, ...fieldsOf(state) };
}

/**
 * Runs `onSaved` once after each successful save, during render (React's way of adjusting state
 * when an input changes).
 */
export function useOnSaved(state: FormState, onSaved: () => void) {
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.status === "ok") onSaved();
  }
}
