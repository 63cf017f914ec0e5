"use client";

import { useActionState, type FormEvent } from "react";
import { IDLE, type FormAction, type FormState } from "@/lib/http/form-state";
import { useAnnouncer } from "@/components/ui/announcer";

/**
 * useActionState for a form that the page replaces once it succeeds (a submitted plan, a recorded
 * decision): its own message goes with it, so a success is said by the page's announcer. The
 * form's `onSubmit` hands the keyboard focus to the announcer while the action runs (the button
 * it was on is about to go); once the page has replaced the form, focus lands on the element with
 * the id `outcome`, where the page says what was done. A refusal releases the announcer and the
 * form's own message takes the focus, as in any form.
 */
export function useAnnouncedAction(action: FormAction, { outcome }: { outcome?: string } = {}) {
  const announcer = useAnnouncer();
  const [state, formAction, pending] = useActionState<FormState, FormData>(async (previous, formData) => {
    const next = await action(previous, formData);
    announcer.announce(next.status === "ok" ? (next.message ?? "Done.") : "");
    return next;
  }, IDLE);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    announcer.hold(submitter instanceof HTMLElement ? submitter : event.currentTarget, outcome);
  };
  return { state, formAction, pending, onSubmit };
}
