"use client";

import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { noDepartmentsHint } from "@/components/settings/no-departments-hint";
import { VersionField } from "@/components/ui/version-field";
import { EXTENSION_HINT } from "@/lib/people/phone-field";

export type PersonFormValues = {
  id: string;
  version: number;
  name: string;
  jobTitle: string;
  departmentId: string | null;
  email: string;
  workPhone: string;
  mobilePhone: string;
  afterHoursPhone: string;
  notes: string;
};

/** Adds a person to the register, or edits one (with the version it started from). */
export function PersonForm({
  action,
  departments,
  person,
  manageDepartments = false,
}: {
  action: FormAction;
  departments: { id: string; name: string }[];
  person?: PersonFormValues;
  /** Whether the member may add departments (org:settings): an empty select then links to where. */
  manageDepartments?: boolean;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  // After a failed save the form shows what the user typed, not the stored value.
  const values = state.status === "error" ? state.values : undefined;
  const value = (field: keyof PersonFormValues) => values?.[field] ?? String(person?.[field] ?? "");
  const errors = state.fieldErrors ?? {};
  const heading = person ? "Edit details" : "Add a person";
  const key = formKey(state, person ? `v${person.version}` : "new");
  return (
    <form action={formAction} className="space-y-3" aria-label={heading} noValidate key={key}>
      <h2 className="text-lg font-semibold">{heading}</h2>
      {person ? (
        <>
          <input type="hidden" name="personId" value={person.id} />
          <VersionField version={person.version} state={state} />
        </>
      ) : null}
      <TextField name="name" label="Name" required maxLength={120} defaultValue={value("name")} error={errors.name} />
      <TextField name="jobTitle" label="Job title (optional)" defaultValue={value("jobTitle")} error={errors.jobTitle} />
      <SelectField
        name="departmentId"
        label="Department (optional)"
        defaultValue={value("departmentId")}
        error={errors.departmentId}
        hint={noDepartmentsHint(departments, manageDepartments)}
        options={[{ value: "", label: "None" }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
      />
      <TextField name="email" label="E-mail (optional)" type="email" defaultValue={value("email")} error={errors.email} />
      <TextField name="workPhone" label="Work phone (optional)" type="tel" defaultValue={value("workPhone")} error={errors.workPhone} hint={EXTENSION_HINT} />
      <TextField name="mobilePhone" label="Mobile phone (optional)" type="tel" defaultValue={value("mobilePhone")} error={errors.mobilePhone} />
      <TextField
        name="afterHoursPhone"
        label="24/7 phone (optional)"
        type="tel"
        defaultValue={value("afterHoursPhone")}
        error={errors.afterHoursPhone}
        hint="Where they can be reached at any hour: the response team's call-out uses it."
      />
      <TextAreaField name="notes" label="Notes (optional)" rows={2} defaultValue={value("notes")} error={errors.notes} />
      <FormMessage state={state} />
      <SubmitButton>{person ? "Save" : "Add person"}</SubmitButton>
    </form>
  );
}
