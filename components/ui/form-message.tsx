"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { useAnnouncer } from "@/components/ui/announcer";
import type { FormState } from "@/lib/http/form-state";
import { ConflictNotice } from "@/components/ui/conflict-notice";

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
      (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? message).focus();
    } else if (!document.activeElement || document.activeElement === document.body) {
      form?.querySelector<HTMLElement>('button[type="submit"]')?.focus();
    }
  }, [ref, state]);
}

/**
 * The outcome of a form, announced politely to screen readers; a refused stale save, assertively.
 * A form that remounts to show what was saved (formKey) brings a new status region that already
 * holds its message, which many screen readers do not read: that message is said by the page's
 * announcer instead, and the new region stays quiet so that nothing is read twice.
 */
export function FormMessage({ state }: { state: Outcome }) {
  const ref = useRef<HTMLDivElement>(null);
  const announcer = useAnnouncer();
  const [bornWithSuccess] = useState(() => state.status === "ok" && Boolean(state.message));
  useOutcomeFocus(ref, state);
  useEffect(() => {
    if (bornWithSuccess && state.message) announcer.announce(state.message, { visible: false });
  }, [announcer, bornWithSuccess, state.message]);
  if (state.conflict) return <ConflictNotice message={state.message} conflict={state.conflict} />;
  if (!state.message) return <div ref={ref} role="status" aria-live="polite" />;
  const error = state.status === "error";
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={error ? "alert" : "status"}
      aria-live={error ? "assertive" : bornWithSuccess ? "off" : "polite"}
      className={`rounded-md px-3 py-2 text-sm ${error ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}
    >
      {state.message}
    </div>
  );
}
