"use client";

import { useActionState } from "react";
import { IDLE, type FormAction, type FormState } from "@/lib/http/form-state";
import { useAnnouncer } from "@/components/ui/announcer";

/**
 * useActionState for a form that the page replaces once it succeeds (a submitted plan, a recorded
 * decision): its own message goes with it, so a success is said by the page's announcer, which
 * then takes the keyboard focus that fell to the page to the page's heading.
 */
export function useAnnouncedAction(action: FormAction) {
  const announcer = useAnnouncer();
  return useActionState<FormState, FormData>(async (previous, formData) => {
    const next = await action(previous, formData);
    if (next.status === "ok" && next.message) announcer.announce(next.message);
    return next;
  }, IDLE);
}
