"use client";

import { useState } from "react";
import type { FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptRecordForm } from "@/components/recovery/setup/use-record-form";
import { SchedulePicker } from "@/components/recovery/setup/schedule-picker";
import { VersionField } from "@/components/ui/version-field";

const MODES = [
  { value: "immediate", label: "Immediate: each point is copied as soon as it is usable" },
  { value: "scheduled", label: "Scheduled: the newest point is copied at each run" },
  { value: "rotation", label: "Rotated media: the medium leaves for the location at each run" },
];

type Props = {
  action: FormAction; planId: string; policy: { id: string; version: number; target: { name: string } }; locations: { id: string; key: string; name: string }[]; timezone: string; now: string;
};

/**
 * Adds a copy to a policy. Never reset by React (useKeptRecordForm): after a refused save the
 * location, the mode and its schedule are still what the user chose and what the next save sends;
 * after a save the fields start afresh for the next copy.
 */
export function CopyForm(props: Props) {
  const form = useKeptRecordForm(props.action);
  return <CopyFields key={form.saves} {...props} form={form} />;
}

function CopyFields({ planId, policy, locations, timezone, now, form }: Props & { form: ReturnType<typeof useKeptRecordForm> }) {
  const { state, pending, onSubmit, value, error } = form;
  const [mode, setMode] = useState("scheduled");
  const [to, setTo] = useState("");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add a copy">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="policyId" value={policy.id} />
      <VersionField version={policy.version} state={state} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <SelectField name="toId" label="Copy to" hint={`Another location than the policy's target (${policy.target.name}).`} value={to} onChange={(e) => setTo(e.target.value)} error={error("toId")} options={[{ value: "", label: "— choose —" }, ...locations.map((l) => ({ value: l.id, label: `${l.name} (${l.key})` }))]} />
        <SelectField name="mode" label="Mode" value={mode} onChange={(e) => setMode(e.target.value)} error={error("mode")} options={MODES} />
        <TextField name="lagMinutes" label="Lag (minutes)" inputMode="decimal" hint="Transfer time until the copy lands at the location, in minutes." defaultValue={value("lagMinutes", 0)} error={error("lagMinutes")} />
      </div>
      {mode !== "immediate" ? <SchedulePicker stored={null} timezone={timezone} now={now} errors={state.fieldErrors} legend="Copy schedule" /> : null}
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Add copy</SubmitButton>
    </form>
  );
}
