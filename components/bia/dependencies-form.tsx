"use client";

import type { FormAction } from "@/lib/http/form-state";
import { useKeptForm } from "@/components/bia/use-kept-form";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

type Option = { id: string; label: string };

function MultiSelect({ name, label, options, selected, error, empty }: { name: string; label: string; options: Option[]; selected: string[]; error?: string; empty: string }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {options.length === 0 ? (
        <p className="mt-1 text-sm italic text-slate-500">{empty}</p>
      ) : (
        <>
          <select
            id={name}
            name={name}
            multiple
            size={Math.min(8, Math.max(3, options.length))}
            defaultValue={selected}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${name}-hint${error ? ` ${name}-error` : ""}`}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
            Hold Ctrl (or ⌘) to choose several.
          </p>
        </>
      )}
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

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
      <div className="grid gap-4 md:grid-cols-2">
        <MultiSelect name="systemIds" label="IT systems" options={options.systems} selected={selected.systemIds} error={errors.systemIds} empty="No systems in this plan yet: add them on the Systems page." />
        <MultiSelect name="keyPersonIds" label="Key people" options={options.people} selected={selected.keyPersonIds} error={errors.keyPersonIds} empty="No people recorded for the organisation yet." />
        <MultiSelect name="vendorIds" label="Vendors" options={options.vendors} selected={selected.vendorIds} error={errors.vendorIds} empty="No vendors in this plan's master vendor list yet." />
        <MultiSelect name="facilityIds" label="Facilities" options={options.sites} selected={selected.facilityIds} error={errors.facilityIds} empty="No sites recorded for the organisation yet." />
      </div>
      <TextAreaField
        name="vitalRecords"
        label="Vital records"
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
