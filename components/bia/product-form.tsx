"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { noDepartmentsHint } from "@/components/settings/no-departments-hint";
import { VersionField } from "@/components/ui/version-field";

type Product = { id: string; version: number; name: string; description: string; departmentId: string | null };

/** Adds a product or service, or edits one (with the version it started from). */
export function ProductForm({
  action,
  planId,
  departments,
  product,
  manageDepartments = false,
}: {
  action: FormAction;
  planId: string;
  departments: { id: string; name: string }[];
  product?: Product;
  /** Whether the member may add departments (org:settings): an empty select then links to where. */
  manageDepartments?: boolean;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const prefix = product ? `product-${product.id}` : "product";
  return (
    <form
      action={formAction}
      className="space-y-3"
      aria-label={product ? `Edit ${product.name}` : "Add a product or service"}
      noValidate
      key={formKey(state, product ? `v${product.version}` : "new")}
    >
      <input type="hidden" name="planId" value={planId} />
      {product ? (
        <>
          <input type="hidden" name="productId" value={product.id} />
          <VersionField version={product.version} state={state} />
        </>
      ) : null}
      <TextField name="name" id={`${prefix}-name`} label="Name" required maxLength={120} defaultValue={values?.name ?? product?.name} error={state.fieldErrors?.name} />
      <TextAreaField
        name="description"
        id={`${prefix}-description`}
        label="Description (optional)"
        rows={2}
        defaultValue={values?.description ?? product?.description}
        error={state.fieldErrors?.description}
      />
      <SelectField
        name="departmentId"
        id={`${prefix}-department`}
        label="Department (optional)"
        defaultValue={values?.departmentId ?? product?.departmentId ?? ""}
        error={state.fieldErrors?.departmentId}
        hint={noDepartmentsHint(departments, manageDepartments)}
        options={[{ value: "", label: "—" }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
      />
      <FormMessage state={state} />
      <SubmitButton>{product ? "Save product" : "Add product"}</SubmitButton>
    </form>
  );
}
