"use client";

import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/** The signed-in member's own password; the fields start empty after every outcome. */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" aria-label="Change password" noValidate key={formKey(state, "changed")}>
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required error={state.fieldErrors?.currentPassword} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.newPassword}
        hint="At least 12 characters."
      />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirmPassword} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
