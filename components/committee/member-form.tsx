"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { COMMITTEE_ROLE_LABELS, COMMITTEE_ROLES } from "@/lib/committee/schemas";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

type Member = { id: string; version: number; functionalArea: string; role: (typeof COMMITTEE_ROLES)[number]; person: { name: string } };

/** Edits a committee member's functional area and role in place; several sit on one page, so ids are prefixed. */
export function MemberForm({ action, planId, member }: { action: FormAction; planId: string; member: Member }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const prefix = `member-${member.id}`;
  return (
    <form action={formAction} className="space-y-3" aria-label={`Edit ${member.person.name}`} noValidate key={formKey(state, `v${member.version}`)}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="memberId" value={member.id} />
      <VersionField version={member.version} state={state} />
      <TextField id={`${prefix}-area`} name="functionalArea" label="Functional area" required defaultValue={values?.functionalArea ?? member.functionalArea} error={errors.functionalArea} />
      <SelectField
        id={`${prefix}-role`}
        name="role"
        label="Committee role"
        required
        defaultValue={values?.role ?? member.role}
        error={errors.role}
        options={COMMITTEE_ROLES.map((role) => ({ value: role, label: COMMITTEE_ROLE_LABELS[role] }))}
      />
      <FormMessage state={state} />
      <SubmitButton>Save member</SubmitButton>
    </form>
  );
}
