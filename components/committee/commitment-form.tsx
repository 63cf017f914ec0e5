"use client";

import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { personOptions } from "@/components/committee/person-options";
import { VersionField } from "@/components/ui/version-field";

export function CommitmentForm({
  action,
  planId,
  planVersion,
  sponsorId,
  endorsedOn,
  people,
}: {
  action: FormAction;
  planId: string;
  planVersion: number;
  sponsorId: string | null;
  endorsedOn: string;
  people: { id: string; name: string; jobTitle: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-end" aria-label="Management commitment" noValidate key={formKey(state, `v${planVersion}`)}>
      <input type="hidden" name="planId" value={planId} />
      <VersionField version={planVersion} state={state} />
      <SelectField name="sponsorId" label="Sponsor (optional)" defaultValue={values?.sponsorId ?? sponsorId ?? ""} error={errors.sponsorId} options={personOptions(people, "No sponsor yet")} />
      <TextField name="endorsedOn" label="Endorsed on (optional)" type="date" defaultValue={values?.endorsedOn ?? endorsedOn} error={errors.endorsedOn} />
      <SubmitButton>Save commitment</SubmitButton>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
