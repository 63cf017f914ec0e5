"use client";

import { hiddenFieldValue, IDLE, type FormAction, type FormState } from "@/lib/http/form-state";
import { useActionState, useId, useRef } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useAnnouncer } from "@/components/ui/announcer";

/**
 * A button that asks for confirmation in a modal dialog before it runs a destructive action.
 * The native <dialog> traps focus and closes on Escape. Its outcome is said by the page's announcer
 * (components/ui/announcer.tsx), which also holds the focus meanwhile: a delete usually removes the
 * row this button was in, and focus then lands on the next row (or the section's heading). A
 * refusal is shown beside the button, which is still there.
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
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  return (
    <div className="inline-block">
      <Button ref={trigger} type="button" variant={variant === "danger" ? "secondary" : variant} onClick={() => dialog.current?.showModal()} aria-label={ariaLabel}>
        {label}
      </Button>
      {state.status === "error" ? <FormMessage state={state} /> : null}
      {/* whitespace-normal: the dialog often sits in a table cell that keeps its text on one line. */}
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto max-w-md rounded-lg p-6 text-left whitespace-normal shadow-xl backdrop:bg-slate-900/40">
        <form
          action={formAction}
          onSubmit={() => {
            dialog.current?.close();
            announcer.hold(trigger.current);
          }}
          className="space-y-4"
        >
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-sm text-slate-700">{body}</p>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={hiddenFieldValue(state, name, value)} />
          ))}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <SubmitButton variant={variant} pendingText="Working…">
              {confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </div>
  );
}
