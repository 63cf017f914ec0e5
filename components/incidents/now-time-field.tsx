"use client";

import { useState } from "react";
import type { FormState } from "@/lib/http/form-state";
import { FILLED_NOW_FIELD, leftAsFilled } from "@/lib/incidents/incident-time";
import { TextField } from "@/components/ui/field";
import { FOLLOWS_PAGE } from "@/lib/forms/unsaved-changes";

/**
 * An incident form's time field, filled with the page's now, with the hidden field saying which
 * time it was filled with: left so, it means when the form is sent (lib/incidents/incident-time.ts).
 * Until the person types in it, it follows the page's now, which the page rendering again while the
 * form is open moves on (after anything saved on the page, a minute later), and the hidden
 * field carries the same time, so an untouched time is never read as one typed a minute early.
 * Once typed in, it keeps what was typed. The form around it is not remounted on the page's time,
 * which would throw away the rest of a half-typed form. Each outcome of the form starts it again:
 * after a save it follows now; after a refusal it shows the time sent if one was typed. While it
 * follows the page, it is no unsaved change of the person's (FOLLOWS_PAGE).
 */
export function NowTimeField({ state, now, id, name, label, hint }: { state: FormState; now: string; id: string; name: string; label: string; hint: string }) {
  const refused = state.status === "error" ? state.values : undefined;
  const sentTyped = refused && !leftAsFilled(refused, name) ? (refused[name] ?? null) : null;
  // What the person typed, or null while the field still shows now.
  const [typed, setTyped] = useState(sentTyped);
  const [outcome, setOutcome] = useState(state);
  if (outcome !== state) {
    setOutcome(state);
    setTyped(sentTyped);
  }
  return (
    <>
      <input type="hidden" name={FILLED_NOW_FIELD} value={now} {...{ [FOLLOWS_PAGE]: "" }} />
      <TextField
        id={id}
        name={name}
        label={label}
        required
        value={typed ?? now}
        onChange={(event) => setTyped(event.target.value)}
        {...(typed === null ? { [FOLLOWS_PAGE]: "" } : {})}
        error={state.fieldErrors?.[name]}
        hint={hint}
      />
    </>
  );
}
