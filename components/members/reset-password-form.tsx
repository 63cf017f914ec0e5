"use client";

import { IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState, useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/members/password-field";
import { closesDialog, opensDialog } from "@/components/ui/dialog-commands";

/**
 * "Reset password" of a member's row: a modal dialog (native <dialog>: focus trapped, Escape
 * closes) that asks for the new temporary password and stays open while it is refused.
 */
export function ResetPasswordForm({ action, membershipId, memberName }: { action: FormAction; membershipId: string; memberName: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const dialogId = useId();
  const fieldId = `reset-password-${membershipId}`;
  useEffect(() => {
    if (state.status === "ok") dialog.current?.close();
  }, [state]);
  return (
    <div className="inline-block">
      <Button type="button" variant="secondary" aria-label={`Reset password of ${memberName}`} {...opensDialog(dialogId)}>
        Reset password
      </Button>
      {state.status === "ok" ? <FormMessage state={state} /> : null}
      <dialog ref={dialog} id={dialogId} aria-labelledby={titleId} className="m-auto max-w-md rounded-lg p-6 text-left shadow-xl backdrop:bg-slate-900/40">
        <form action={formAction} className="space-y-4" noValidate>
          <h2 id={titleId} className="text-lg font-semibold">
            Reset {memberName}&apos;s password?
          </h2>
          <p className="text-sm text-slate-700">
            Their sessions end and the password you set here replaces theirs. Hand it over in person; they can then choose their own
            under &ldquo;Change password&rdquo;.
          </p>
          <input type="hidden" name="membershipId" value={membershipId} />
          <PasswordField
            id={fieldId}
            name="password"
            label="New temporary password"
            autoComplete="new-password"
            required
            refused={state.status === "error"}
            error={state.status === "error" ? state.fieldErrors?.password : undefined}
            hint="At least 12 characters."
          />
          {state.status === "error" && !state.fieldErrors?.password ? <FormMessage state={state} /> : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" {...closesDialog(dialogId)}>
              Cancel
            </Button>
            <SubmitButton variant="danger" pendingText="Setting…">
              Set password
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </div>
  );
}
