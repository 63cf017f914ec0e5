"use client";

import { IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";


export function RenamePlanForm({
  action,
  plan,
}: {
  action: FormAction;
  plan: { id: string; name: string; description: string; version: number };
}) {
  const [state, formAction] = useActionState(action, IDLE);
  // After a failed save the form shows what the user typed, not the stored value.
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="rename-heading" noValidate key={plan.version}>
      <h2 id="rename-heading" className="text-base font-semibold">
        Name and scope
      </h2>
      <input type="hidden" name="planId" value={plan.id} />
      <VersionField version={plan.version} state={state} />
      <TextField name="name" label="Name" required maxLength={120} defaultValue={values?.name ?? plan.name} error={state.fieldErrors?.name} />
      <TextAreaField
        name="description"
        label="Scope (optional)"
        rows={3}
        defaultValue={values?.description ?? plan.description}
        error={state.fieldErrors?.description}
      />
      <FormMessage state={state} />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
