"use client";

import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { COMMITTEE_ROLE_LABELS, COMMITTEE_ROLES } from "@/lib/committee/schemas";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { personOptions } from "@/components/committee/person-options";
import { PeoplePickerHint } from "@/components/people/people-picker-hint";

export function AddMemberForm({
  action,
  planId,
  people,
}: {
  action: FormAction;
  planId: string;
  people: { id: string; name: string; jobTitle: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1fr)_1fr_10rem_auto] sm:items-end" aria-label="Add a committee member" noValidate key={formKey(state, "new")}>
      <input type="hidden" name="planId" value={planId} />
      <SelectField
        id="member-person"
        name="personId"
        label="Person"
        required
        defaultValue={values?.personId ?? ""}
        error={errors.personId}
        hint={<PeoplePickerHint count={people.length} />}
        options={personOptions(people, "Choose a person…")}
      />
      <TextField id="member-area" name="functionalArea" label="Functional area" required defaultValue={values?.functionalArea} error={errors.functionalArea} />
      <SelectField
        id="member-role"
        name="role"
        label="Committee role"
        required
        defaultValue={values?.role ?? "member"}
        error={errors.role}
        options={COMMITTEE_ROLES.map((role) => ({ value: role, label: COMMITTEE_ROLE_LABELS[role] }))}
      />
      <SubmitButton pendingText="Adding…">Add member</SubmitButton>
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
