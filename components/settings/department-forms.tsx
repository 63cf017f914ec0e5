"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { MAX_DEPARTMENT_NAME } from "@/lib/departments/schemas";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

/** Adds a department. Remounted after each outcome: a refused name stays in the field, an added one clears it. */
export function AddDepartmentForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="add-department-heading" noValidate key={formKey(state, "new")}>
      <h2 id="add-department-heading" className="text-lg font-semibold">
        Add a department
      </h2>
      <TextField
        name="name"
        id="new-department-name"
        label="Name"
        required
        maxLength={MAX_DEPARTMENT_NAME}
        defaultValue={values?.name}
        error={state.fieldErrors?.name}
        hint="For example “Finance”, “Warehouse and logistics”. Each name once, whatever its capitals."
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Adding…">Add department</SubmitButton>
    </form>
  );
}

/**
 * Renames a department: its products, functions and people stay in it. It saves against the
 * version it was shown: a rename someone else saved meanwhile is shown, with the typed name kept
 * (docs/decisions/0007).
 */
export function RenameDepartmentForm({ action, department }: { action: FormAction; department: { id: string; name: string; version: number } }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" aria-label={`Rename ${department.name}`} noValidate key={formKey(state, `${department.name}-v${department.version}`)}>
      <input type="hidden" name="departmentId" value={department.id} />
      <VersionField version={department.version} state={state} />
      <TextField
        name="name"
        id={`department-${department.id}-name`}
        label="Name"
        required
        maxLength={MAX_DEPARTMENT_NAME}
        defaultValue={values?.name ?? department.name}
        error={state.fieldErrors?.name}
      />
      <FormMessage state={state} />
      <SubmitButton>Save name</SubmitButton>
    </form>
  );
}
