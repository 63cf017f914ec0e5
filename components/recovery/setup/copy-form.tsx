"use client";

import { useState } from "react";
import type { FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptRecordForm } from "@/components/recovery/setup/use-record-form";
import { SchedulePicker } from "@/components/recovery/setup/schedule-picker";
import { VersionField } from "@/components/ui/version-field";

/** Radio buttons with their explanation beside them: as select options, the explanations were cut off. */
const MODES = [
  { value: "immediate", label: "Immediate", hint: "Each point is copied as soon as it is usable at the target." },
  { value: "scheduled", label: "Scheduled", hint: "At each run of the copy schedule, the newest point is copied." },
  { value: "rotation", label: "Rotated media", hint: "At each run, the medium holding the points leaves for the location (e.g. a USB drive taken off site)." },
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
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <SelectField name="toId" label="Copy to" required hint={`Another location than the policy's target (${policy.target.name}).`} value={to} onChange={(e) => setTo(e.target.value)} error={error("toId")} options={[{ value: "", label: "— choose —" }, ...locations.map((l) => ({ value: l.id, label: `${l.name} (${l.key})` }))]} />
        <TextField name="lagMinutes" label="Lag (minutes)" required hint="Transfer time until the copy lands at the location. Minutes, or 4h, 1d." defaultValue={value("lagMinutes", 0)} error={error("lagMinutes")} />
      </div>
      <fieldset aria-describedby={error("mode") ? "mode-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Mode</legend>
        <div className="mt-1 grid grid-cols-1 gap-2 md:grid-cols-3">
          {MODES.map((m) => (
            <div key={m.value} className="flex items-start gap-2 rounded-md border border-slate-200 p-2">
              <input
                id={`mode-${m.value}`}
                type="radio"
                name="mode"
                required
                value={m.value}
                checked={mode === m.value}
                onChange={() => setMode(m.value)}
                aria-describedby={`mode-${m.value}-hint`}
                className="mt-1"
              />
              <div>
                <label htmlFor={`mode-${m.value}`} className="text-sm font-medium text-slate-800">
                  {m.label}
                </label>
                <p id={`mode-${m.value}-hint`} className="text-xs text-slate-600">
                  {m.hint}
                </p>
              </div>
            </div>
          ))}
        </div>
        {error("mode") ? (
          <p id="mode-error" className="mt-1 text-sm text-red-700">
            {error("mode")}
          </p>
        ) : null}
      </fieldset>
      {mode !== "immediate" ? <SchedulePicker stored={null} timezone={timezone} now={now} errors={state.fieldErrors} legend="Copy schedule" /> : null}
      <FormMessage state={state} />
      <SubmitButton pending={pending}>Add copy</SubmitButton>
    </form>
  );
}
