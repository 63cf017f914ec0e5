"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { noDepartmentsHint } from "@/components/settings/no-departments-hint";

type Option = { id: string; name: string };

export function CreateFunctionForm({
  action,
  planId,
  products,
  departments,
  manageDepartments = false,
}: {
  action: FormAction;
  planId: string;
  products: Option[];
  departments: Option[];
  /** Whether the member may add departments (org:settings): an empty select then links to where. */
  manageDepartments?: boolean;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="new-function-heading" noValidate>
      <h2 id="new-function-heading" className="text-lg font-semibold">
        Add a business function
      </h2>
      <input type="hidden" name="planId" value={planId} />
      <TextField
        name="name"
        id="function-name"
        label="Function name"
        required
        maxLength={120}
        defaultValue={values?.name}
        error={state.fieldErrors?.name}
        hint="A process the business runs, e.g. “Order taking”."
      />
      <SelectField
        name="productId"
        id="function-product"
        label="Product or service (optional)"
        defaultValue={values?.productId ?? ""}
        error={state.fieldErrors?.productId}
        options={[{ value: "", label: "—" }, ...products.map((p) => ({ value: p.id, label: p.name }))]}
      />
      <SelectField
        name="departmentId"
        id="function-department"
        label="Department (optional)"
        defaultValue={values?.departmentId ?? ""}
        error={state.fieldErrors?.departmentId}
        hint={noDepartmentsHint(departments, manageDepartments)}
        options={[{ value: "", label: "—" }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
      />
      <FormMessage state={state} />
      <SubmitButton>Add function</SubmitButton>
    </form>
  );
}
