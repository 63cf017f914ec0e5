"use client";

import { useActionState, useId, useRef } from "react";
import { IDLE, type FormAction, type FormState } from "@/lib/http/form-state";
import { useAnnouncer } from "@/components/ui/announcer";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { closesDialog, opensDialog } from "@/components/ui/dialog-commands";
import { VersionField } from "@/components/ui/version-field";
import { TYPED_TIME_HINT } from "@/lib/incidents/incident-time";
import { NowTimeField } from "@/components/incidents/now-time-field";

/**
 * Standing down with the post-incident review. The fields are filled in first; the button asks in
 * a modal dialog before the log is closed for good, and the dialog's confirmation submits the form
 * (the dialog is inside it), so a refused field still shows its message at the field.
 */
export function StandDownForm({ action, planId, incident, now }: { action: FormAction; planId: string; incident: { id: string; version: number }; now: string }) {
  const announcer = useAnnouncer();
  // Once stood down the page shows the review in this form's place: the outcome is said by the
  // page's announcer, which stays.
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === "ok") announcer.announce(next.message ?? "Stood down.");
    return next;
  }, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const dialog = useRef<HTMLDialogElement>(null);
  const dialogId = useId();
  return (
    <form
      action={formAction}
      aria-label="Stand down"
      noValidate className="space-y-4"
      onSubmit={(event) => {
        // Enter in the time field submits too: it asks first, like the button.
        if (!dialog.current?.open) {
          event.preventDefault();
          dialog.current?.showModal();
          return;
        }
        dialog.current.close();
      }}
    >
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="incidentId" value={incident.id} />
      <VersionField version={incident.version} state={state} />
      <NowTimeField state={state} now={now} id="stand-down-at" name="stoodDownAt" label="Stood down at" hint={TYPED_TIME_HINT} />
      <TextAreaField
        id="stand-down-review"
        name="reviewSummary"
        label="Post-incident review"
        required
        rows={5}
        maxLength={8000}
        defaultValue={typed?.reviewSummary ?? ""}
        error={state.fieldErrors?.reviewSummary}
        hint="What happened, what worked, what did not, and what to change in the plan."
      />
      <FormMessage state={state} />
      <Button type="button" variant="secondary" {...opensDialog(dialogId)}>
        Stand down…
      </Button>
      <ModalDialog ref={dialog} id={dialogId} title="Stand down this incident?" body="The log closes: nothing more can be added to it, and the review is kept with it as written.">
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" {...closesDialog(dialogId)}>
            Cancel
          </Button>
          <SubmitButton variant="danger" pendingText="Standing down…">
            Stand down
          </SubmitButton>
        </div>
      </ModalDialog>
    </form>
  );
}
