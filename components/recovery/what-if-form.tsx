import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { describeSchedule } from "@/components/recovery/setup/schedule-presets";
import { formatDuration } from "@/lib/engine";
import { count } from "@/lib/count";

type Props = {
  action: string;
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  policies: { key: string; name?: string; cron: string | null; timezone: string; everyMinutes: number | null; windowMinutes: number }[];
  locations: { key: string; name?: string; throughputMBps: number; streamMBps: number | null; maxStreams: number; retrievalMinutes: number }[];
  hosts: { key: string; name?: string; ramMiB: number; reservedMiB: number; readyAfterMinutes: number }[];
};

const describe = (p: Props["policies"][number]) => describeSchedule({ ...p, anchor: null });

/**
 * The what-if draft: a GET form, so a draft is a shareable link and nothing is ever saved. An
 * empty field keeps the saved value. Each choice shows the saved values, so the user sees what
 * an empty field keeps.
 */
export function WhatIfForm({ action, values, errors, policies, locations, hosts }: Props) {
  return (
    <form action={action} className="grid grid-cols-1 gap-6 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2" aria-label="What-if draft">
      <fieldset className="space-y-3">
        <legend className="font-semibold">A backup policy</legend>
        <SelectField
          name="policy"
          label="Policy"
          defaultValue={values.policy ?? ""}
          error={errors.policy}
          options={[{ value: "", label: "Keep all policies" }, ...policies.map((p) => ({ value: p.key, label: `${p.name ?? p.key}: ${describe(p)}, window ${formatDuration(p.windowMinutes)}` }))]}
        />
        <SelectField
          name="schedule"
          label="Schedule"
          defaultValue={values.schedule ?? "keep"}
          error={errors.schedule}
          options={[
            { value: "keep", label: "Keep the schedule" },
            { value: "every", label: "Every N minutes" },
            { value: "cron", label: "Cron expression" },
          ]}
        />
        <TextField name="everyMinutes" label="Every (minutes)" defaultValue={values.everyMinutes ?? ""} error={errors.everyMinutes} hint="minutes, or 4h, 1d: e.g. 3h or 180" />
        <TextField name="cron" label="Cron expression" defaultValue={values.cron ?? ""} error={errors.cron} hint="five fields, e.g. 0 */3 * * *" />
        <TextField name="timezone" label="Time zone (optional)" defaultValue={values.timezone ?? ""} error={errors.timezone} hint="IANA name, e.g. Europe/London" />
        <TextField name="windowMinutes" label="Window (minutes)" defaultValue={values.windowMinutes ?? ""} error={errors.windowMinutes} hint="job start to point usable; minutes, or 4h, 1d" />
        <fieldset className="space-y-3 border-t border-slate-200 pt-3">
          <legend className="text-sm font-semibold">A copy of its backups</legend>
          <SelectField
            name="copyTo"
            label="Add a copy to"
            defaultValue={values.copyTo ?? ""}
            error={errors.copyTo}
            hint="another location than the policy's target"
            options={[{ value: "", label: "No new copy" }, ...locations.map((l) => ({ value: l.key, label: l.name ?? l.key }))]}
          />
          <SelectField
            name="copyMode"
            label="Copy when"
            defaultValue={values.copyMode ?? "immediate"}
            error={errors.copyMode}
            options={[
              { value: "immediate", label: "As soon as each backup lands" },
              { value: "scheduled", label: "Every N minutes" },
            ]}
          />
          <TextField name="copyEveryMinutes" label="Copy every (minutes)" defaultValue={values.copyEveryMinutes ?? ""} error={errors.copyEveryMinutes} hint="minutes, or 4h, 1d: e.g. 6h or 360, from midnight UTC" />
          <TextField name="copyLagMinutes" label="Copy lag (minutes)" defaultValue={values.copyLagMinutes ?? ""} error={errors.copyLagMinutes} hint="transfer time until the copy lands; minutes, or 4h, 1d; blank = 0" />
        </fieldset>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">A backup location</legend>
        <SelectField
          name="location"
          label="Location"
          defaultValue={values.location ?? ""}
          error={errors.location}
          options={[
            { value: "", label: "Keep all locations" },
            ...locations.map((l) => ({
              value: l.key,
              label: `${l.name ?? l.key}: ${l.throughputMBps} MB/s${l.streamMBps === null ? "" : `, ${l.streamMBps} MB/s per stream`}, ${count(l.maxStreams, "stream")} at once, retrieval ${formatDuration(l.retrievalMinutes)}`,
            })),
          ]}
        />
        <TextField name="throughputMBps" label="Throughput (MB/s)" inputMode="decimal" defaultValue={values.throughputMBps ?? ""} error={errors.throughputMBps} />
        <TextField name="streamMBps" label="Per-stream limit (MB/s)" inputMode="decimal" defaultValue={values.streamMBps ?? ""} error={errors.streamMBps} hint="most one restore can read" />
        <TextField name="maxStreams" label="Parallel restore streams" inputMode="numeric" defaultValue={values.maxStreams ?? ""} error={errors.maxStreams} />
        <TextField name="retrievalMinutes" label="Retrieval time (minutes)" defaultValue={values.retrievalMinutes ?? ""} error={errors.retrievalMinutes} hint="delay before the first byte: fetching the drive, thawing an archive tier; minutes, or 4h, 1d" />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">A host</legend>
        <SelectField
          name="host"
          label="Host"
          defaultValue={values.host ?? ""}
          error={errors.host}
          options={[
            { value: "", label: "Keep all hosts" },
            ...hosts.map((h) => ({ value: h.key, label: `${h.name ?? h.key}: ${h.ramMiB} MiB, ${h.reservedMiB} MiB reserved, ready after ${formatDuration(h.readyAfterMinutes)}` })),
          ]}
        />
        <TextField name="ramMiB" label="Memory (MiB)" inputMode="numeric" defaultValue={values.ramMiB ?? ""} error={errors.ramMiB} hint="physical memory in MiB (64 GiB = 65536)" />
        <TextField name="reservedMiB" label="Reserved memory (MiB)" inputMode="numeric" defaultValue={values.reservedMiB ?? ""} error={errors.reservedMiB} hint="kept by the hypervisor and management partition" />
        <TextField name="readyAfterMinutes" label="Ready after (minutes)" defaultValue={values.readyAfterMinutes ?? ""} error={errors.readyAfterMinutes} hint="how long after a disaster the host can take restores; minutes, or 4h, 1d" />
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit">Assess the draft</Button>
      </div>
    </form>
  );
}
