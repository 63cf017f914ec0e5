"use client";

import { formKey, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useRecordForm } from "@/components/recovery/setup/use-record-form";

export function ReplicaForm({ action, planId, systems, locations }: { action: FormAction; planId: string; systems: { id: string; name: string }[]; locations: { id: string; key: string; name: string }[] }) {
  const { state, formAction, value, error } = useRecordForm(action);
  return (
    <form action={formAction} noValidate className="grid grid-cols-1 gap-3 md:grid-cols-3" aria-label="Add a replica" key={formKey(state, "new")}>
      <input type="hidden" name="planId" value={planId} />
      <SelectField name="systemId" label="System" required defaultValue={value("systemId", "")} error={error("systemId")} options={[{ value: "", label: "— choose —" }, ...systems.map((s) => ({ value: s.id, label: s.name }))]} />
      <SelectField name="locationId" label="Replica location" required hint="Where the standby copy runs or is kept." defaultValue={value("locationId", "")} error={error("locationId")} options={[{ value: "", label: "— choose —" }, ...locations.map((l) => ({ value: l.id, label: `${l.name} (${l.key})` }))]} />
      <TextField name="lagMinutes" label="Lag (minutes)" required hint="How far the replica trails the source: its worst-case data loss. Minutes, or 4h, 1d." defaultValue={value("lagMinutes", 5)} error={error("lagMinutes")} />
      <div className="space-y-2 md:col-span-3">
        <FormMessage state={state} />
        <SubmitButton>Add replica</SubmitButton>
      </div>
    </form>
  );
}
