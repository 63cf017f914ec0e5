"use client";

import { IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";


export function CreatePlanForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="new-plan-heading" noValidate>
      <h2 id="new-plan-heading" className="text-lg font-semibold">
        New plan
      </h2>
      <TextField
        name="name"
        label="Name"
        required
        maxLength={120}
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
        hint="For example the site or business unit it covers: “Leeds head office”."
      />
      <TextAreaField
        name="description"
        label="Scope (optional)"
        rows={2}
        defaultValue={state.values?.description}
        error={state.fieldErrors?.description}
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating…">Create plan</SubmitButton>
    </form>
  );
}
