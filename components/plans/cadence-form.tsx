"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { durationHint } from "@/lib/durations";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

/**
 * One of the plan's cadences in days (how often it must be tested, or reviewed and approved
 * again), saved against the plan's version: `name` is the field the action reads.
 */
export function CadenceForm({
  action,
  plan,
  name,
  label,
  days,
  formLabel,
  hint = durationHint("days"),
}: {
  action: FormAction;
  plan: { id: string; version: number };
  name: string;
  label: string;
  days: number;
  /** The form's accessible name ("Test cadence"). */
  formLabel: string;
  hint?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" aria-label={formLabel} noValidate key={plan.version}>
      <input type="hidden" name="planId" value={plan.id} />
      <VersionField version={plan.version} state={state} />
      <div className="w-48">
        <TextField name={name} label={label} required hint={hint} defaultValue={typed?.[name] ?? days} error={state.fieldErrors?.[name]} />
      </div>
      <SubmitButton variant="secondary">Save cadence</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
