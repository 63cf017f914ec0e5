"use client";

import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/members/password-field";

/** The signed-in member's own password; the fields start empty after every outcome. */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  const refused = state.status === "error";
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" aria-label="Change password" noValidate key={formKey(state, "changed")}>
      <PasswordField name="currentPassword" label="Current password" autoComplete="current-password" required refused={refused} error={state.fieldErrors?.currentPassword} />
      <PasswordField
        name="newPassword"
        label="New password"
        autoComplete="new-password"
        required
        refused={refused}
        error={state.fieldErrors?.newPassword}
        hint="At least 12 characters."
      />
      <PasswordField name="confirmPassword" label="New password again" autoComplete="new-password" required refused={refused} error={state.fieldErrors?.confirmPassword} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
