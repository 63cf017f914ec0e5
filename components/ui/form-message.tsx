"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import type { FormState } from "@/lib/http/form-state";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { focusFirstInvalid } from "@/components/ui/focus-first-invalid";

type Outcome = Pick<FormState, "status" | "message" | "conflict">;

/**
 * Where keyboard focus goes once a form has an outcome. Forms remount to show what was submitted
 * (formKey), which drops focus to the page: a keyboard or screen-reader user would start again
 * from the top. After refused fields focus goes to the first of them (its message is its
 * description); after any other refusal, to the message; after a save, back to the submit button
 * if focus was lost. A refused stale save focuses its own notice (ConflictNotice).
 */
function useOutcomeFocus(ref: RefObject<HTMLDivElement | null>, state: Outcome) {
  useEffect(() => {
    const message = ref.current;
    if (!message || state.status === "idle" || state.conflict) return;
    const form = message.closest("form");
    if (state.status === "error") {
      focusFirstInvalid({ form, fallback: message });
    } else if (!document.activeElement || document.activeElement === document.body) {
      form?.querySelector<HTMLElement>('button[type="submit"]')?.focus();
    }
  }, [ref, state]);
}

/**
 * The outcome of a form, announced politely to screen readers; a refused stale save, assertively.
 * A form that remounts to show what was saved (formKey) brings a new status region that would
 * already hold its message, which many screen readers do not read: such a region starts empty
 * and takes its text a moment later, which is heard as an update. It also puts its form under
 * the unsaved-changes guard (useUnsavedChanges), so no form has to ask for it.
 */
export function FormMessage({ state }: { state: Outcome }) {
  const ref = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState(() => state.status === "ok" && Boolean(state.message));
  useOutcomeFocus(ref, state);
  useUnsavedChanges(ref, state);
  useEffect(() => {
    if (!held) return;
    const timer = setTimeout(() => setHeld(false), 100);
    return () => clearTimeout(timer);
  }, [held]);
  if (state.conflict) return <ConflictNotice ref={ref} message={state.message} conflict={state.conflict} />;
  if (!state.message || held) return <div ref={ref} role="status" aria-live="polite" />;
  const error = state.status === "error";
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={error ? "alert" : "status"}
      aria-live={error ? "assertive" : "polite"}
      className={`rounded-md px-3 py-2 text-sm ${error ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}
    >
      {state.message}
    </div>
  );
}
