"use client";

import { hiddenFieldValue, IDLE, type FormAction, type FormState } from "@/lib/http/form-state";
import { useActionState, useId, useRef } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useAnnouncer } from "@/components/ui/announcer";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { closesDialog, opensDialog } from "@/components/ui/dialog-commands";

/**
 * A button that asks for confirmation in a modal dialog (ModalDialog) before it runs a destructive
 * action. Its outcome is said by the page's announcer (components/ui/announcer.tsx), which also
 * holds the focus meanwhile: a delete usually removes the row this button was in, and focus then
 * lands on the next row (or the section's heading). A refusal is shown beside the button, which
 * is still there.
 */
export function ConfirmForm({
  action,
  fields,
  label,
  title,
  body,
  confirmLabel,
  variant = "danger",
  ariaLabel,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  variant?: ButtonVariant;
  /** The button's accessible name when its visible label is short ("Delete" in a row of many). */
  ariaLabel?: string;
}) {
  const announcer = useAnnouncer();
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    announcer.announce(next.status === "ok" ? (next.message ?? "Done.") : "");
    return next;
  }, IDLE);
  const dialog = useRef<HTMLDialogElement>(null);
  const dialogId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <div className="inline-block">
      <Button ref={trigger} type="button" variant={variant === "danger" ? "secondary" : variant} {...opensDialog(dialogId)} aria-label={ariaLabel}>
        {label}
      </Button>
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <ModalDialog ref={dialog} id={dialogId} title={title} body={body}>
        <form
          action={formAction}
          onSubmit={() => {
            dialog.current?.close();
            announcer.hold(trigger.current);
          }}
        >
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={hiddenFieldValue(state, name, value)} />
          ))}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" {...closesDialog(dialogId)}>
              Cancel
            </Button>
            <SubmitButton variant={variant} pendingText="Working…">
              {confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </ModalDialog>
    </div>
  );
}
