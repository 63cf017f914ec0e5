"use client";

import type { FormAction } from "@/lib/http/form-state";
import { useKeptForm } from "@/components/bia/use-kept-form";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";
import { CheckboxGroup } from "@/components/ui/checkbox-group";

type Option = { id: string; label: string };

/** A function's dependencies, saved against their own version (`dependenciesVersion`), apart from the impact analysis. */
export function DependenciesForm({
  action,
  planId,
  functionId,
  version,
  options,
  selected,
  vitalRecords,
}: {
  action: FormAction;
  planId: string;
  functionId: string;
  version: number;
  options: { systems: Option[]; people: Option[]; vendors: Option[]; sites: Option[] };
  selected: { systemIds: string[]; keyPersonIds: string[]; vendorIds: string[]; facilityIds: string[] };
  vitalRecords: string[];
}) {
  const { state, pending, onSubmit } = useKeptForm(action);
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-labelledby="deps-heading" noValidate>
      <h2 id="deps-heading" className="text-lg font-semibold">
        Dependencies
      </h2>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="functionId" value={functionId} />
      <VersionField version={version} state={state} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <CheckboxGroup name="systemIds" legend="IT systems" options={options.systems} selected={selected.systemIds} error={errors.systemIds} empty="No systems in this plan yet: add them on the Systems page." filterable frame="list" columns={1} />
        <CheckboxGroup name="keyPersonIds" legend="Key people" options={options.people} selected={selected.keyPersonIds} error={errors.keyPersonIds} empty="No people recorded for the organisation yet." filterable frame="list" columns={1} />
        <CheckboxGroup name="vendorIds" legend="Vendors" options={options.vendors} selected={selected.vendorIds} error={errors.vendorIds} empty="No vendors in this plan's master vendor list yet." filterable frame="list" columns={1} />
        <CheckboxGroup name="facilityIds" legend="Facilities" options={options.sites} selected={selected.facilityIds} error={errors.facilityIds} empty="No sites recorded for the organisation yet." filterable frame="list" columns={1} />
      </div>
      <TextAreaField
        name="vitalRecords"
        label="Vital records (optional)"
        rows={3}
        defaultValue={state.status === "error" ? state.values?.vitalRecords : vitalRecords.join("\n")}
        error={errors.vitalRecords}
        hint="One per line: the records the function cannot work without."
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Saving…" : "Save dependencies"}
      </Button>
    </form>
  );
}
