"use client";

import { useState } from "react";
import { formKey, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useRecordForm } from "@/components/recovery/setup/use-record-form";
import { sameSiteReplicaWarning } from "@/lib/recovery/setup/replica-site";

type Site = { id: string; name: string } | null;
type ReplicaSystem = { id: string; name: string; host: { name: string; site: Site } | null };
type ReplicaLocation = { id: string; key: string; name: string; site: Site };

export function ReplicaForm({ action, planId, systems, locations }: { action: FormAction; planId: string; systems: ReplicaSystem[]; locations: ReplicaLocation[] }) {
  const { state, formAction, value, error } = useRecordForm(action);
  // The system and location as chosen, so that the location's field warns of a replica on the
  // system's own site before it is saved.
  const [systemId, setSystemId] = useState(value("systemId", ""));
  const [locationId, setLocationId] = useState(value("locationId", ""));
  const system = systems.find((s) => s.id === systemId);
  const location = locations.find((l) => l.id === locationId);
  const warning = system && location ? sameSiteReplicaWarning({ location, host: system.host }) : null;
  return (
    <form action={formAction} noValidate className="grid grid-cols-1 gap-3 md:grid-cols-3" aria-label="Add a replica" key={formKey(state, "new")}>
      <input type="hidden" name="planId" value={planId} />
      <SelectField name="systemId" label="System" required defaultValue={value("systemId", "")} onChange={(e) => setSystemId(e.target.value)} error={error("systemId")} options={[{ value: "", label: "— choose —" }, ...systems.map((s) => ({ value: s.id, label: s.name }))]} />
      <SelectField
        name="locationId"
        label="Replica location"
        required
        hint={
          <>
            Where the standby copy runs or is kept.
            {/* Always in the page, so that a warning appearing as the choices change is announced. */}
            <span aria-live="polite" className="block font-medium text-amber-800" data-replica-warning>
              {warning ? `Warning: ${warning}` : ""}
            </span>
          </>
        }
        defaultValue={value("locationId", "")}
        onChange={(e) => setLocationId(e.target.value)}
        error={error("locationId")}
        options={[{ value: "", label: "— choose —" }, ...locations.map((l) => ({ value: l.id, label: `${l.name} (${l.key})` }))]}
      />
      <TextField name="lagMinutes" label="Lag (minutes)" required hint="How far the replica trails the source: its worst-case data loss. Minutes, or 4h, 1d." defaultValue={value("lagMinutes", 5)} error={error("lagMinutes")} />
      <div className="space-y-2 md:col-span-3">
        <FormMessage state={state} />
        <SubmitButton>Add replica</SubmitButton>
      </div>
    </form>
  );
}
