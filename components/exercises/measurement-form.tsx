"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/** Adds one measured restore to a test: which system, from which backup location, how long. */
export function MeasurementForm({
  action,
  planId,
  exerciseId,
  systems,
  locations,
}: {
  action: FormAction;
  planId: string;
  exerciseId: string;
  systems: { id: string; name: string }[];
  locations: { key: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  if (systems.length === 0) {
    return <p className="text-sm italic text-slate-500">This plan has no systems yet, so there is nothing to measure a restore of.</p>;
  }
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="add-measurement-heading" noValidate>
      <h3 id="add-measurement-heading" className="font-medium">
        Add a measured restore
      </h3>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="exerciseId" value={exerciseId} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <SelectField
          name="systemId"
          label="System restored"
          required
          defaultValue={typed?.systemId ?? ""}
          error={errors.systemId}
          options={[{ value: "", label: "Choose a system…" }, ...systems.map((s) => ({ value: s.id, label: s.name }))]}
        />
        {/* Chosen, not typed: the recovery model counts a measurement as evidence of one of the plan's locations. */}
        <SelectField
          name="locationKey"
          label="Restored from"
          required
          defaultValue={typed?.locationKey ?? ""}
          error={errors.locationKey}
          hint={locations.length ? undefined : "This plan has no backup locations yet: add them under Recovery, Setup."}
          options={[{ value: "", label: "Choose a backup location…" }, ...locations.map((l) => ({ value: l.key, label: `${l.name} (${l.key})` }))]}
        />
        <TextField name="restoreMinutes" label="Restore duration (minutes)" required hint="Minutes, or 4h, 1d." defaultValue={typed?.restoreMinutes} error={errors.restoreMinutes} />
        <TextField name="dataLossMinutes" label="Data lost (minutes, optional)" defaultValue={typed?.dataLossMinutes} error={errors.dataLossMinutes} hint="Minutes, or 4h, 1d. Leave blank if not measured: a blank is not judged against the RPO." />
        <TextField name="usedGB" label="Size restored (GB, optional)" inputMode="decimal" hint="What the restore moved; today's size is scaled against it." defaultValue={typed?.usedGB} error={errors.usedGB} />
        <TextField name="notes" label="Notes (optional)" maxLength={500} defaultValue={typed?.notes} error={errors.notes} />
      </div>
      <FormMessage state={state} />
      <SubmitButton>Add measurement</SubmitButton>
    </form>
  );
}
