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
  locations: { key: string; name?: string; throughputMBps: number; maxStreams: number }[];
};

const describe = (p: Props["policies"][number]) => describeSchedule({ ...p, anchor: null });

/**
 * The what-if draft: a GET form, so a draft is a shareable link and nothing is ever saved. An
 * empty field keeps the saved value.
 */
export function WhatIfForm({ action, values, errors, policies, locations }: Props) {
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
        <TextField name="everyMinutes" label="Every (minutes)" inputMode="decimal" defaultValue={values.everyMinutes ?? ""} error={errors.everyMinutes} hint="e.g. 180 for every 3 hours" />
        <TextField name="cron" label="Cron expression" defaultValue={values.cron ?? ""} error={errors.cron} hint="five fields, e.g. 0 */3 * * *" />
        <TextField name="timezone" label="Time zone (optional)" defaultValue={values.timezone ?? ""} error={errors.timezone} hint="IANA name, e.g. Europe/London" />
        <TextField name="windowMinutes" label="Window (minutes)" inputMode="decimal" defaultValue={values.windowMinutes ?? ""} error={errors.windowMinutes} hint="job start to point usable" />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">A backup location</legend>
        <SelectField
          name="location"
          label="Location"
          defaultValue={values.location ?? ""}
          error={errors.location}
          options={[{ value: "", label: "Keep all locations" }, ...locations.map((l) => ({ value: l.key, label: `${l.name ?? l.key}: ${l.throughputMBps} MB/s, ${count(l.maxStreams, "stream")} at once` }))]}
        />
        <TextField name="throughputMBps" label="Throughput (MB/s)" inputMode="decimal" defaultValue={values.throughputMBps ?? ""} error={errors.throughputMBps} />
        <TextField name="maxStreams" label="Parallel restore streams" inputMode="numeric" defaultValue={values.maxStreams ?? ""} error={errors.maxStreams} />
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit">Assess the draft</Button>
      </div>
    </form>
  );
}
