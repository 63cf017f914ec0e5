"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

export function CreateProductForm({ action, planId, departments }: { action: FormAction; planId: string; departments: { id: string; name: string }[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="new-product-heading" noValidate>
      <h3 id="new-product-heading" className="font-semibold">
        Add a product or service
      </h3>
      <input type="hidden" name="planId" value={planId} />
      <TextField name="name" id="product-name" label="Name" required maxLength={120} defaultValue={values?.name} error={state.fieldErrors?.name} />
      <TextAreaField name="description" id="product-description" label="Description (optional)" rows={2} defaultValue={values?.description} error={state.fieldErrors?.description} />
      <SelectField
        name="departmentId"
        id="product-department"
        label="Department (optional)"
        defaultValue={values?.departmentId ?? ""}
        error={state.fieldErrors?.departmentId}
        options={[{ value: "", label: "—" }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
      />
      <FormMessage state={state} />
      <SubmitButton>Add product</SubmitButton>
    </form>
  );
}
