"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { durationHint } from "@/lib/durations";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

export function CadenceForm({ action, plan }: { action: FormAction; plan: { id: string; version: number; testCadenceDays: number } }) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" aria-label="Test cadence" noValidate key={plan.version}>
      <input type="hidden" name="planId" value={plan.id} />
      <VersionField version={plan.version} state={state} />
      <div className="w-48">
        <TextField
          name="testCadenceDays"
          label="Test at least every (days)"
          required
          hint={durationHint("days")}
          defaultValue={typed?.testCadenceDays ?? plan.testCadenceDays}
          error={state.fieldErrors?.testCadenceDays}
        />
      </div>
      <SubmitButton variant="secondary">Save cadence</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
