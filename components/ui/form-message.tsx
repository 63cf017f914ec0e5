"use client";

import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type RefObject } from "react";
import type { FormState } from "@/lib/http/form-state";
import { errorSummary, type ErrorSummary } from "@/lib/forms/error-summary";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { focusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { failedFields } from "@/components/ui/failed-fields";

type Outcome = Pick<FormState, "status" | "message" | "fieldErrors" | "conflict">;

/**
 * Where keyboard focus goes once a form has an outcome. Forms remount to show what was submitted
 * (formKey), which drops focus to the page: a keyboard or screen-reader user would start again
 * from the top. After refused fields focus goes to the first of them (its message is its
 * description); after any other refusal, to the message; after a save, back to the submit button
 * if focus was lost. A refused stale save focuses its own notice (ConflictNotice). `ready`: the
 * message is on the page (an error summary is read from the form first).
 */
function useOutcomeFocus(ref: RefObject<HTMLDivElement | null>, state: Outcome, ready: boolean) {
  useEffect(() => {
    const message = ref.current;
    if (!message || !ready || state.status === "idle" || state.conflict) return;
    const form = message.closest("form");
    if (state.status === "error") {
      focusFirstInvalid({ form, fallback: message });
    } else if (!document.activeElement || document.activeElement === document.body) {
      form?.querySelector<HTMLElement>('button[type="submit"]')?.focus();
    }
  }, [ref, state, ready]);
}

const refusedFields = (state: Outcome) => state.status === "error" && !state.conflict && Object.keys(state.fieldErrors ?? {}).length > 0;

/**
 * The error summary of a refusal with field errors, once read from the form (null until then):
 * which fields the form shows refused, under which labels and ids. Read before the browser
 * paints, so the summary appears whole, in the same frame as the fields' own messages.
 */
function useErrorSummary(ref: RefObject<HTMLDivElement | null>, state: Outcome): ErrorSummary | null {
  const [read, setRead] = useState<{ state: Outcome; summary: ErrorSummary } | null>(null);
  useLayoutEffect(() => {
    const form = ref.current?.closest("form");
    if (!refusedFields(state)) return;
    const fields = form ? failedFields(form, state.fieldErrors ?? {}) : { fields: [], soleField: false };
    setRead({ state, summary: errorSummary({ message: state.message, ...fields }) });
  }, [ref, state]);
  return read?.state === state ? read.summary : null;
}

/** An in-page link to a refused field: it moves the focus there, as a keyboard user expects of it. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
}

function Summary({ summary }: { summary: ErrorSummary }) {
  return (
    <>
      {summary.message ? <p>{summary.message}</p> : null}
      {summary.heading ? <p>{summary.heading}</p> : null}
      {summary.items.length ? (
        <ul className="mt-1 list-disc pl-5">
          {summary.items.map((item) => (
            <li key={`${item.id}:${item.text}`}>
              {item.id ? (
                <a href={`#${item.id}`} onClick={(event) => focusField(event, item.id!)} className="underline">
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * The outcome of a form, announced politely to screen readers; a refusal assertively. A refusal
 * with field errors lists them (useErrorSummary), each a link to its field, so nobody has to find
 * the highlighted fields by looking; a form of one field says its message at the field alone.
 * A form that remounts to show what was saved (formKey) brings a new status region that would
 * already hold its message, which many screen readers do not read: such a region starts empty
 * and takes its text a moment later, which is heard as an update. So does each later outcome of a
 * form that stays mounted: a second "Saved." (or a second member added) would leave the same text
 * in place, which is not heard at all. It also puts its form under the unsaved-changes guard
 * (useUnsavedChanges), so no form has to ask for it.
 */
export function FormMessage({ state }: { state: Outcome }) {
  const ref = useRef<HTMLDivElement>(null);
  const said = (outcome: Outcome) => outcome.status === "ok" && Boolean(outcome.message);
  const [held, setHeld] = useState(() => said(state));
  const [outcome, setOutcome] = useState(state);
  if (outcome !== state) {
    setOutcome(state);
    if (said(state)) setHeld(true);
  }
  const summary = useErrorSummary(ref, state);
  useOutcomeFocus(ref, state, summary !== null || !refusedFields(state));
  useUnsavedChanges(ref, state);
  useEffect(() => {
    if (!held) return;
    const timer = setTimeout(() => setHeld(false), 100);
    return () => clearTimeout(timer);
  }, [held]);
  if (state.conflict) return <ConflictNotice ref={ref} message={state.message} conflict={state.conflict} />;
  const empty = <div ref={ref} role="status" aria-live="polite" />;
  const error = state.status === "error";
  if (refusedFields(state)) {
    if (!summary || (!summary.message && !summary.heading)) return empty;
    // Keyed: a new alert, whole, rather than the empty region changing role under a screen reader.
    return (
      <div key="summary" ref={ref} tabIndex={-1} role="alert" aria-live="assertive" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
        <Summary summary={summary} />
      </div>
    );
  }
  if (!state.message || held) return empty;
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
