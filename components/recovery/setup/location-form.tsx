"use client";

import { formKey, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useRecordForm } from "@/components/recovery/setup/use-record-form";
import { useBackToList } from "@/components/recovery/setup/use-back-to-list";
import { VersionField } from "@/components/ui/version-field";
import { NameAndKeyFields } from "@/components/recovery/name-and-key-fields";

export type LocationValues = {
  id: string; version: number; key: string; name: string; siteId: string | null; online: boolean; immutableDays: number;
  throughputMBps: number; streamMBps: number | null; maxStreams: number; retrievalMinutes: number; description: string;
};

/** Adds a backup location (`taken`: the plan's location keys, for the key a blank one is made into), or edits one. */
export function LocationForm({ action, planId, location, sites, taken }: { action: FormAction; planId: string; location: LocationValues | null; sites: { id: string; name: string }[]; taken: string[] }) {
  const { state, formAction, value, error } = useRecordForm(action);
  const shown = useBackToList(state, location !== null);
  const l = location;
  return (
    <form action={formAction} noValidate className="grid grid-cols-1 gap-3 md:grid-cols-2" aria-label={l ? `Edit location ${l.name}` : "Add a backup location"} key={formKey(state, l ? `${l.id}-${l.version}` : "new")}>
      <input type="hidden" name="planId" value={planId} />
      {l ? <input type="hidden" name="locationId" value={l.id} /> : null}
      {l ? <VersionField version={l.version} state={state} /> : null}
      <NameAndKeyFields
        kind="location"
        adding={!l}
        taken={taken}
        name={{ label: "Name", defaultValue: value("name", l?.name), error: error("name") }}
        keyField={{ label: "Key", defaultValue: value("key", l?.key), error: error("key") }}
        hint="The id the recovery model uses: lower-case letters, digits, hyphens (e.g. nas, cloud-dr)."
      />
      <SelectField name="siteId" label="Site" hint="Needed to assess recovery: where the copies physically are; losing the site loses them." defaultValue={value("siteId", l?.siteId)} error={error("siteId")} options={[{ value: "", label: "— not set —" }, ...sites.map((s) => ({ value: s.id, label: s.name }))]} />
      <SelectField name="online" label="Reachable" required hint="Offline media (a drive in a drawer, tape) survive ransomware but must be fetched." defaultValue={value("online", l ? (l.online ? "online" : "offline") : "online")} error={error("online")} options={[{ value: "online", label: "Online" }, { value: "offline", label: "Offline media" }]} />
      <TextField name="immutableDays" label="Immutable for (days)" required hint="How long each point is locked after it lands (0 = not immutable). Days, or 48h, 2w." defaultValue={value("immutableDays", l?.immutableDays ?? 0)} error={error("immutableDays")} />
      <TextField name="throughputMBps" label="Throughput (MB/s)" required inputMode="decimal" hint="Total restore read rate of the location, in megabytes per second, shared by its streams." defaultValue={value("throughputMBps", l?.throughputMBps)} error={error("throughputMBps")} />
      <TextField name="streamMBps" label="Per-stream limit (MB/s, optional)" inputMode="decimal" hint="Most one restore can read, in MB/s. Blank = the throughput." defaultValue={value("streamMBps", l?.streamMBps)} error={error("streamMBps")} />
      <TextField name="maxStreams" label="Parallel restores" required inputMode="numeric" hint="How many restores may read from it at once (a whole number)." defaultValue={value("maxStreams", l?.maxStreams ?? 1)} error={error("maxStreams")} />
      <TextField name="retrievalMinutes" label="Retrieval time (minutes)" required hint="Delay before the first byte: fetching the drive, thawing an archive tier. Minutes, or 4h, 1d." defaultValue={value("retrievalMinutes", l?.retrievalMinutes ?? 0)} error={error("retrievalMinutes")} />
      <TextAreaField name="description" label="Description (optional)" rows={2} defaultValue={value("description", l?.description)} error={error("description")} />
      <div className="space-y-2 md:col-span-2">
        <FormMessage state={shown} />
        <SubmitButton>{l ? "Save location" : "Add location"}</SubmitButton>
      </div>
    </form>
  );
}
