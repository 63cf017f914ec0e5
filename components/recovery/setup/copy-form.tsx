"use client";

import { useState } from "react";
import type { FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useOnSaved, useRecordForm } from "@/components/recovery/setup/use-record-form";
import { SchedulePicker } from "@/components/recovery/setup/schedule-picker";
import { VersionField } from "@/components/ui/version-field";

const MODES = [
  { value: "immediate", label: "Immediate: each point is copied as soon as it is usable" },
  { value: "scheduled", label: "Scheduled: the newest point is copied at each run" },
  { value: "rotation", label: "Rotated media: the medium leaves for the location at each run" },
];

export function CopyForm({ action, planId, policy, locations, timezone, now }: {
  action: FormAction; planId: string; policy: { id: string; version: number }; locations: { id: string; key: string; name: string }[]; timezone: string; now: string;
}) {
  const { state, formAction, value, error } = useRecordForm(action);
  // Controlled, so a failed save (a refused stale one too) keeps them.
  const [mode, setMode] = useState(value("mode", "scheduled"));
  const [to, setTo] = useState("");
  useOnSaved(state, () => {
    setMode("scheduled");
    setTo("");
  });
  return (
    <form action={formAction} noValidate className="space-y-3" aria-label="Add a copy">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="policyId" value={policy.id} />
      <VersionField version={policy.version} state={state} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <SelectField name="toId" label="Copy to" value={to} onChange={(e) => setTo(e.target.value)} error={error("toId")} options={[{ value: "", label: "— choose —" }, ...locations.map((l) => ({ value: l.id, label: `${l.name} (${l.key})` }))]} />
        <SelectField name="mode" label="Mode" value={mode} onChange={(e) => setMode(e.target.value)} error={error("mode")} options={MODES} />
        <TextField name="lagMinutes" label="Lag (minutes)" inputMode="decimal" hint="Transfer time until the copy lands at the location, in minutes." defaultValue={value("lagMinutes", 0)} error={error("lagMinutes")} />
      </div>
      {mode !== "immediate" ? <SchedulePicker stored={null} timezone={timezone} now={now} errors={state.fieldErrors} legend="Copy schedule" /> : null}
      <FormMessage state={state} />
      <SubmitButton>Add copy</SubmitButton>
    </form>
  );
}
