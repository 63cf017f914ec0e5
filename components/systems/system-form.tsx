"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { KEEP_OWNER_TEXT, SYSTEM_KIND_LABELS, SYSTEM_KINDS } from "@/lib/systems/schemas";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";
import { personOptions } from "@/components/committee/person-options";
import { PeoplePickerHint } from "@/components/people/people-picker-hint";

type SystemValues = { id: string; version: number; name: string; kind: string; ownerPersonId: string | null; ownerText: string; description: string };

/**
 * Adds a system to the register, or edits one (with its version) when `system` is given. The owner
 * is picked from the People register; a system whose owner was typed while owners were free text
 * offers that text as a choice of its own, kept until someone picks a person or nobody.
 */
export function SystemForm({
  action,
  planId,
  people,
  system,
}: {
  action: FormAction;
  planId: string;
  people: { id: string; name: string; jobTitle: string }[];
  system?: SystemValues;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const heading = system ? "Edit system" : "Add a system";
  const owners = personOptions(people, "No owner yet");
  if (system?.ownerText && !system.ownerPersonId) owners.splice(1, 0, { value: KEEP_OWNER_TEXT, label: `${system.ownerText} (not in the People register)` });
  const owner = system ? (system.ownerPersonId ?? (system.ownerText ? KEEP_OWNER_TEXT : "")) : "";
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
      <SelectField
        name="ownerPersonId"
        id="system-owner"
        label="Owner (optional)"
        defaultValue={values?.ownerPersonId ?? owner}
        error={state.fieldErrors?.ownerPersonId}
        hint={<PeoplePickerHint count={people.length} />}
        options={owners}
      />
      <TextAreaField name="description" id="system-description" label="Description (optional)" rows={2} defaultValue={values?.description ?? system?.description} error={state.fieldErrors?.description} />
      <FormMessage state={state} />
      <SubmitButton>{system ? "Save system" : "Add system"}</SubmitButton>
    </form>
  );
}
