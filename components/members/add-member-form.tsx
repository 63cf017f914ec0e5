"use client";

import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { ROLES, ROLE_LABELS } from "@/lib/auth/permissions";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/members/password-field";

export function AddMemberForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    // Remounted after each outcome, so a refused submission shows every value sent back (the role
    // select included) and a successful one starts empty.
    <form action={formAction} className="space-y-3" aria-labelledby="add-member-heading" noValidate key={formKey(state, "new")}>
      <h2 id="add-member-heading" className="text-lg font-semibold">
        Add a member
      </h2>
      <TextField name="name" label="Name" required defaultValue={values?.name} error={state.fieldErrors?.name} />
      <TextField name="email" label="E-mail" type="email" required defaultValue={values?.email} error={state.fieldErrors?.email} />
      <SelectField
        name="role"
        label="Role"
        required
        defaultValue={values?.role ?? "committee"}
        error={state.fieldErrors?.role}
        options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
      />
      <PasswordField
        name="password"
        label="Initial password"
        autoComplete="new-password"
        required
        refused={state.status === "error"}
        error={state.fieldErrors?.password}
        hint="At least 12 characters. Hand it over in person."
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Adding…">Add member</SubmitButton>
    </form>
  );
}
