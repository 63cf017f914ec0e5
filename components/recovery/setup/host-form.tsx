"use client";

import { formKey, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useRecordForm } from "@/components/recovery/setup/use-record-form";
import { useBackToList } from "@/components/recovery/setup/use-back-to-list";
import { VersionField } from "@/components/ui/version-field";
import { NameAndKeyFields } from "@/components/recovery/name-and-key-fields";

export type HostValues = { id: string; version: number; key: string; name: string; siteId: string | null; ramMiB: number; reservedMiB: number; readyAfterMinutes: number };

/** Adds a host (`taken`: the plan's host keys, for the key a blank one is made into), or edits one. */
export function HostForm({ action, planId, host, sites, taken }: { action: FormAction; planId: string; host: HostValues | null; sites: { id: string; name: string }[]; taken: string[] }) {
  const { state, formAction, value, error } = useRecordForm(action);
  const shown = useBackToList(state, host !== null);
  const h = host;
  return (
    <form action={formAction} noValidate className="grid grid-cols-1 gap-3 md:grid-cols-2" aria-label={h ? `Edit host ${h.name}` : "Add a host"} key={formKey(state, h ? `${h.id}-${h.version}` : "new")}>
      <input type="hidden" name="planId" value={planId} />
      {h ? <input type="hidden" name="hostId" value={h.id} /> : null}
      {h ? <VersionField version={h.version} state={state} /> : null}
      <NameAndKeyFields
        kind="host"
        adding={!h}
        taken={taken}
        name={{ label: "Name", defaultValue: value("name", h?.name), error: error("name") }}
        keyField={{ label: "Key", defaultValue: value("key", h?.key), error: error("key") }}
        hint="The id the recovery model uses: lower-case letters, digits, hyphens (e.g. hv01)."
      />
      <SelectField name="siteId" label="Site" hint="Needed to assess recovery: losing the site loses the host." defaultValue={value("siteId", h?.siteId)} error={error("siteId")} options={[{ value: "", label: "— not set —" }, ...sites.map((s) => ({ value: s.id, label: s.name }))]} />
      <TextField name="ramMiB" label="Memory (MiB)" required inputMode="numeric" hint="Physical memory in MiB (64 GiB = 65536)." defaultValue={value("ramMiB", h?.ramMiB)} error={error("ramMiB")} />
      <TextField name="reservedMiB" label="Reserved memory (MiB)" required inputMode="numeric" hint="Kept by the hypervisor and management partition, in MiB." defaultValue={value("reservedMiB", h?.reservedMiB ?? 0)} error={error("reservedMiB")} />
      <TextField name="readyAfterMinutes" label="Ready after (minutes)" required hint="How long after a disaster the host can take restores (0 = at once; a cloud host may need provisioning). Minutes, or 4h, 1d." defaultValue={value("readyAfterMinutes", h?.readyAfterMinutes ?? 0)} error={error("readyAfterMinutes")} />
      <div className="space-y-2 md:col-span-2">
        <FormMessage state={shown} />
        <SubmitButton>{h ? "Save host" : "Add host"}</SubmitButton>
      </div>
    </form>
  );
}
