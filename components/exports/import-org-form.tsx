"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

export function ImportOrgForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <TextField name="file" label="Organisation export (JSON)" type="file" accept="application/json,.json" error={state.fieldErrors?.file} />
      <SubmitButton pendingText="Importing…">Import organisation</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
