"use client";

import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { personOptions } from "@/components/committee/person-options";
import { PeoplePickerHint } from "@/components/people/people-picker-hint";
import { VersionField } from "@/components/ui/version-field";
import { LEADS_RESPONSE_HINT, LEADS_RESPONSE_LABEL } from "@/lib/committee/schemas";

type Role = { id: string; version: number; title: string; responsibilities: string; primaryId: string | null; alternateId: string | null; leadsResponse: boolean };

/** Adds a response team role, or edits one; several sit on one page, so ids are prefixed. */
export function ErtRoleForm({
  action,
  planId,
  people,
  role,
}: {
  action: FormAction;
  planId: string;
  people: { id: string; name: string; jobTitle: string }[];
  role?: Role;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const prefix = role ? `ert-${role.id}` : "ert-new";
  const key = formKey(state, role ? `v${role.version}` : "new");
  const options = personOptions(people, "Nobody yet");
  return (
    <form action={formAction} className="space-y-3" aria-label={role ? `Edit ${role.title}` : "Add a response team role"} noValidate key={key}>
      <input type="hidden" name="planId" value={planId} />
      {role ? (
        <>
          <input type="hidden" name="roleId" value={role.id} />
          <VersionField version={role.version} state={state} />
        </>
      ) : null}
      <TextField id={`${prefix}-title`} name="title" label="Role" required defaultValue={values?.title ?? role?.title} error={errors.title} />
      <TextAreaField
        id={`${prefix}-responsibilities`}
        name="responsibilities"
        label="Responsibilities (optional)"
        rows={2}
        defaultValue={values?.responsibilities ?? role?.responsibilities}
        error={errors.responsibilities}
      />
      <CheckboxField
        id={`${prefix}-leads`}
        name="leadsResponse"
        label={LEADS_RESPONSE_LABEL}
        hint={LEADS_RESPONSE_HINT}
        // A refused save shows the box as it was sent: an unticked box sends nothing.
        defaultChecked={values ? values.leadsResponse === "on" : (role?.leadsResponse ?? false)}
        error={errors.leadsResponse}
      />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          id={`${prefix}-primary`}
          name="primaryId"
          label="Primary (optional)"
          defaultValue={values?.primaryId ?? role?.primaryId ?? ""}
          error={errors.primaryId}
          hint={<PeoplePickerHint count={people.length} />}
          options={options}
        />
        <SelectField
          id={`${prefix}-alternate`}
          name="alternateId"
          label="Alternate (optional)"
          defaultValue={values?.alternateId ?? role?.alternateId ?? ""}
          error={errors.alternateId}
          options={options}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton>{role ? "Save role" : "Add role"}</SubmitButton>
    </form>
  );
}
