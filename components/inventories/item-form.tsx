"use client";

import type { FormAction } from "@/lib/http/form-state";
import type { FieldDef } from "@/lib/inventories/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { FieldControl, type VersionChoice } from "@/components/inventories/field-control";
import { useFormRound } from "@/components/inventories/use-form-round";
import { VersionField } from "@/components/ui/version-field";

/**
 * The form of one register's item, built from the register's declared fields. `values` are the
 * stored values as text (people by id, yes/no or blank for not known); after a failed save the form shows
 * what the user typed instead. An edit (`version` given) saves against the newest version the
 * form has heard of, so "save again" after a refused stale save overwrites knowingly.
 */
export function ItemForm({
  action,
  heading,
  fields,
  people,
  versions,
  hidden,
  values = {},
  version,
  submitLabel,
  formKey,
}: {
  action: FormAction;
  heading: string;
  fields: readonly FieldDef[];
  people: { id: string; name: string }[];
  versions: readonly VersionChoice[];
  hidden: Record<string, string>;
  values?: Record<string, string>;
  version?: number;
  submitLabel: string;
  formKey?: string;
}) {
  const [state, formAction, round] = useFormRound(action);
  const typed = state.status === "error" ? state.values : undefined;
  const valueOf = (field: FieldDef) => (typed ? typed[field.key] : values[field.key]) ?? "";
  return (
    <form action={formAction} noValidate aria-label={heading} className="space-y-4" key={formKey}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {version === undefined ? null : <VersionField version={version} state={state} />}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2" key={round}>
        {fields.map((field) => (
          <div key={field.key} className={field.type === "longtext" ? "md:col-span-2" : undefined}>
            <FieldControl field={field} value={valueOf(field)} error={state.fieldErrors?.[field.key]} people={people} versions={versions} />
          </div>
        ))}
      </div>
      <FormMessage state={state} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
