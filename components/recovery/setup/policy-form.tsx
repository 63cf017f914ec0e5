"use client";

import { useState } from "react";
import type { FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptRecordForm } from "@/components/recovery/setup/use-record-form";
import { useBackToList } from "@/components/recovery/setup/use-back-to-list";
import { SchedulePicker } from "@/components/recovery/setup/schedule-picker";
import { VersionField } from "@/components/ui/version-field";
import { NameAndKeyFields } from "@/components/recovery/name-and-key-fields";
import { CheckboxGroup } from "@/components/ui/checkbox-group";

export type PolicyValues = {
  id: string; version: number; key: string; name: string; cron: string | null; timezone: string; everyMinutes: number | null; anchor: string | null;
  windowMinutes: number; targetId: string; systemIds: string[];
};

type Named = { id: string; name: string };
type Props = {
  action: FormAction; planId: string; policy: PolicyValues | null; locations: (Named & { key: string })[]; systems: Named[]; timezone: string; now: string;
  /** The plan's policy keys, for the key a blank one is made into. */
  taken: string[];
};

/**
 * Adds or edits a backup policy. Never reset by React (useKeptRecordForm): after a refused save
 * the target, the ticks (uncontrolled: nothing resets them) and the schedule are still what the user chose and what the next save
 * sends; after a save the fields start again from the stored policy (or empty, to add another).
 */
export function PolicyForm(props: Props) {
  const form = useKeptRecordForm(props.action);
  return <PolicyFields key={form.saves} {...props} form={form} />;
}

function PolicyFields({ planId, policy, locations, systems, timezone, now, taken, form }: Props & { form: ReturnType<typeof useKeptRecordForm> }) {
  const { state, pending, onSubmit, value, error } = form;
  const shown = useBackToList(state, policy !== null);
  const p = policy;
  const [target, setTarget] = useState(p?.targetId ?? "");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={p ? `Edit policy ${p.name}` : "Add a backup policy"}>
      <input type="hidden" name="planId" value={planId} />
      {p ? <input type="hidden" name="policyId" value={p.id} /> : null}
      {p ? <VersionField version={p.version} state={state} /> : null}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <NameAndKeyFields
          kind="policy"
          adding={!p}
          taken={taken}
          name={{ label: "Name", defaultValue: value("name", p?.name), error: error("name") }}
          keyField={{ label: "Key", defaultValue: value("key", p?.key), error: error("key") }}
          hint="The id the recovery model uses (e.g. nightly)."
        />
        <SelectField name="targetId" label="Target location" required hint="Where the backup job writes each restore point." value={target} onChange={(e) => setTarget(e.target.value)} error={error("targetId")} options={[{ value: "", label: "— choose —" }, ...locations.map((l) => ({ value: l.id, label: `${l.name} (${l.key})` }))]} />
        <TextField name="windowMinutes" label="Window (minutes)" required hint="From the job's start until the point is usable at the target. Minutes, or 4h, 1d." defaultValue={value("windowMinutes", p?.windowMinutes ?? 60)} error={error("windowMinutes")} />
      </div>
      <SchedulePicker stored={p} timezone={timezone} now={now} errors={state.fieldErrors} />
      <CheckboxGroup
        name="systemIds"
        legend="Systems it backs up"
        options={systems.map((s) => ({ id: s.id, label: s.name }))}
        selected={p?.systemIds ?? []}
        error={error("systemIds")}
        empty="This plan has no systems yet: import a VM inventory first."
        columns={3}
        height="tall"
      />
      <FormMessage state={shown} />
      <SubmitButton pending={pending}>{p ? "Save policy" : "Add policy"}</SubmitButton>
    </form>
  );
}
