"use client";

import { IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { COPY_HINT } from "@/lib/plans/plan-content";

/** "Copying…" while a copy is made (a large plan's takes a few seconds), else "Creating…". */
function CreateButton() {
  const { data } = useFormStatus();
  return <SubmitButton pendingText={data?.get("startFrom") ? "Copying…" : "Creating…"}>Create plan</SubmitButton>;
}

export function CreatePlanForm({ action, sources }: { action: FormAction; sources: { id: string; name: string }[] }) {
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
      {sources.length ? (
        <SelectField
          name="startFrom"
          label="Start from"
          defaultValue={state.values?.startFrom ?? ""}
          error={state.fieldErrors?.startFrom}
          hint={COPY_HINT}
          options={[{ value: "", label: "An empty plan" }, ...sources.map((plan) => ({ value: plan.id, label: `A copy of ${plan.name}` }))]}
        />
      ) : null}
      <FormMessage state={state} />
      <CreateButton />
    </form>
  );
}
