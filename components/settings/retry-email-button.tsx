"use client";

import type { FormAction } from "@/lib/http/form-state";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * "Try again" on a notification e-mail that failed for good. Once it is queued the page drops the
 * button (the e-mail is waiting, not failed), so the outcome is said by the page's announcer and
 * the focus lands near where the button was; a refusal shows beside the button.
 */
export function RetryEmailButton({ action, notificationId, recipient }: { action: FormAction; notificationId: string; recipient: string }) {
  const { state, formAction, onSubmit } = useAnnouncedAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="secondary" pendingText="Queuing…">
        Try again<span className="sr-only"> the e-mail to {recipient}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
