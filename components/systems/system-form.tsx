"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { SYSTEM_KIND_LABELS, SYSTEM_KINDS } from "@/lib/systems/schemas";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

type SystemValues = { id: string; version: number; name: string; kind: string; owner: string; description: string };

/** Adds a system to the register, or edits one (with its version) when `system` is given. */
export function SystemForm({ action, planId, system }: { action: FormAction; planId: string; system?: SystemValues }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const heading = system ? "Edit system" : "Add a system";
  return (
    <form action={formAction} className="space-y-3" aria-label={heading} noValidate>
      <h2 className="text-lg font-semibold">{heading}</h2>
      <input type="hidden" name="planId" value={planId} />
      {system ? (
        <>
          <input type="hidden" name="systemId" value={system.id} />
          <VersionField version={system.version} state={state} />
        </>
      ) : null}
      <TextField name="name" id="system-name" label="Name" required maxLength={120} defaultValue={values?.name ?? system?.name} error={state.fieldErrors?.name} hint="e.g. SQL01 or Microsoft 365" />
      <SelectField
        name="kind"
        id="system-kind"
        label="Kind"
        required
        defaultValue={values?.kind ?? system?.kind ?? "vm"}
        error={state.fieldErrors?.kind}
        options={SYSTEM_KINDS.map((k) => ({ value: k, label: SYSTEM_KIND_LABELS[k] }))}
      />
      <TextField name="owner" id="system-owner" label="Owner" maxLength={120} defaultValue={values?.owner ?? system?.owner} error={state.fieldErrors?.owner} />
      <TextAreaField name="description" id="system-description" label="Description (optional)" rows={2} defaultValue={values?.description ?? system?.description} error={state.fieldErrors?.description} />
      <FormMessage state={state} />
      <SubmitButton>{system ? "Save system" : "Add system"}</SubmitButton>
    </form>
  );
}
