"use client";

import { useRef, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { IDLE } from "@/lib/http/form-state";
import { describeSchedule } from "@/components/recovery/setup/schedule-presets";
import { formatDuration } from "@/lib/engine";
import { count } from "@/lib/count";
import { OWN_HOST } from "@/lib/recovery/schemas";
import { recoveryHostOptions } from "@/lib/recovery/setup/recovery-host-options";

type Named = { key: string; name?: string };

type Props = {
  id: string;
  action: string;
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  policies: (Named & { cron: string | null; timezone: string; everyMinutes: number | null; windowMinutes: number })[];
  locations: (Named & { throughputMBps: number; streamMBps: number | null; maxStreams: number; retrievalMinutes: number })[];
  hosts: (Named & { ramMiB: number; reservedMiB: number; readyAfterMinutes: number })[];
  systems: { name: string; host: string; recoveryHosts: { scenario: string; host: string }[] }[];
  replicas: { system: { name: string }; location: { key: string } }[];
  scenarios: { key: string; name: string; lostHosts: string[] }[];
};

const describe = (p: Props["policies"][number]) => describeSchedule({ ...p, anchor: null });
const nameOf = (x: Named) => x.name ?? x.key;
/** What an empty field keeps, in the field's own unit, once its policy, location or host is chosen. */
const saved = (value: string | number | null | undefined) => (value === null || value === undefined ? undefined : `saved: ${value}`);

/**
 * The what-if draft: a GET form, so a draft is a shareable link and nothing is ever saved. An
 * empty field keeps the saved value: each choice shows the saved values, and once a policy,
 * location, host or system is chosen its fields show them as placeholders ("saved: 60"), so the
 * user sees what an empty field keeps without it counting as a change. A draft set up here is
 * work too: while its fields differ from how the page showed them, leaving asks first
 * (useUnsavedChanges); assessing it loads the page anew showing the draft, which then counts as
 * no change.
 */
export function WhatIfForm({ id, action, values, errors, policies, locations, hosts, systems, replicas, scenarios }: Props) {
  const form = useRef<HTMLFormElement>(null);
  // Never an outcome of its own (IDLE, one object): what it is compared with is what it showed on load.
  useUnsavedChanges(form, IDLE);
  const [chosen, setChosen] = useState({ policy: values.policy ?? "", location: values.location ?? "", host: values.host ?? "", system: values.system ?? "", scenario: values.scenario ?? "" });
  const choose = (field: keyof typeof chosen) => (event: { target: { value: string } }) => setChosen((c) => ({ ...c, [field]: event.target.value }));
  const policy = policies.find((p) => p.key === chosen.policy);
  const location = locations.find((l) => l.key === chosen.location);
  const host = hosts.find((h) => h.key === chosen.host);
  const system = systems.find((s) => s.name === chosen.system);
  const scenario = scenarios.find((s) => s.key === chosen.scenario);
  const hostName = (key: string) => {
    const h = hosts.find((x) => x.key === key);
    return `${h ? nameOf(h) : key} (${key})`;
  };
  // Worded as the VM facts form words them, a host the chosen scenario loses marked in words, not colour.
  const [ownHostOption, ...hostOptions] = recoveryHostOptions({
    hosts: hosts.map((h) => ({ key: h.key, name: nameOf(h) })),
    by: "key",
    ownHost: system?.host ?? null,
    lostHosts: scenario?.lostHosts ?? [],
  });
  // Until a system is chosen there is no own host to name (and "none chosen" would say it has none).
  const ownHost = system ? ownHostOption.label : "Its own host";
  // What the system is restored to in the scenario as saved: a host chosen for it there, else its own.
  const savedRecoveryHost = system && scenario ? system.recoveryHosts.find((r) => r.scenario === scenario.key)?.host : undefined;
  const savedLabel = savedRecoveryHost === undefined ? ownHostOption.label : hostOptions.find((o) => o.value === savedRecoveryHost)?.label;
  return (
    <form ref={form} id={id} action={action} className="grid grid-cols-1 gap-6 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2" aria-label="What-if draft">
      <fieldset className="space-y-3">
        <legend className="font-semibold">A backup policy</legend>
        <SelectField
          name="policy"
          label="Policy"
          defaultValue={values.policy ?? ""}
          onChange={choose("policy")}
          error={errors.policy}
          options={[{ value: "", label: "Keep all policies" }, ...policies.map((p) => ({ value: p.key, label: `${nameOf(p)}: ${describe(p)}, window ${formatDuration(p.windowMinutes)}` }))]}
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
        <TextField name="everyMinutes" label="Every (minutes)" defaultValue={values.everyMinutes ?? ""} placeholder={saved(policy?.everyMinutes)} error={errors.everyMinutes} hint="minutes, or 4h, 1d: e.g. 3h or 180" />
        <TextField name="cron" label="Cron expression" defaultValue={values.cron ?? ""} placeholder={saved(policy?.cron)} error={errors.cron} hint="five fields, e.g. 0 */3 * * *" />
        <TextField
          name="timezone"
          label="Time zone (optional)"
          defaultValue={values.timezone ?? ""}
          placeholder={policy?.cron ? saved(policy.timezone) : undefined}
          error={errors.timezone}
          hint="IANA name, e.g. Europe/London"
        />
        <TextField name="windowMinutes" label="Window (minutes)" defaultValue={values.windowMinutes ?? ""} placeholder={saved(policy?.windowMinutes)} error={errors.windowMinutes} hint="job start to point usable; minutes, or 4h, 1d" />
        <fieldset className="space-y-3 border-t border-slate-200 pt-3">
          <legend className="text-sm font-semibold">A copy of its backups</legend>
          <SelectField
            name="copyTo"
            label="Add a copy to"
            defaultValue={values.copyTo ?? ""}
            error={errors.copyTo}
            hint="another location than the policy's target"
            options={[{ value: "", label: "No new copy" }, ...locations.map((l) => ({ value: l.key, label: nameOf(l) }))]}
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
          onChange={choose("location")}
          error={errors.location}
          options={[
            { value: "", label: "Keep all locations" },
            ...locations.map((l) => ({
              value: l.key,
              label: `${nameOf(l)}: ${l.throughputMBps} MB/s${l.streamMBps === null ? "" : `, ${l.streamMBps} MB/s per stream`}, ${count(l.maxStreams, "stream")} at once, retrieval ${formatDuration(l.retrievalMinutes)}`,
            })),
          ]}
        />
        <TextField name="throughputMBps" label="Throughput (MB/s)" inputMode="decimal" defaultValue={values.throughputMBps ?? ""} placeholder={saved(location?.throughputMBps)} error={errors.throughputMBps} />
        <TextField
          name="streamMBps"
          label="Per-stream limit (MB/s)"
          inputMode="decimal"
          defaultValue={values.streamMBps ?? ""}
          placeholder={location ? saved(location.streamMBps ?? "none") : undefined}
          error={errors.streamMBps}
          hint="most one restore can read"
        />
        <TextField name="maxStreams" label="Parallel restore streams" inputMode="numeric" defaultValue={values.maxStreams ?? ""} placeholder={saved(location?.maxStreams)} error={errors.maxStreams} />
        <TextField
          name="retrievalMinutes"
          label="Retrieval time (minutes)"
          defaultValue={values.retrievalMinutes ?? ""}
          placeholder={saved(location?.retrievalMinutes)}
          error={errors.retrievalMinutes}
          hint="delay before the first byte: fetching the drive, thawing an archive tier; minutes, or 4h, 1d"
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">A host</legend>
        <SelectField
          name="host"
          label="Host"
          defaultValue={values.host ?? ""}
          onChange={choose("host")}
          error={errors.host}
          options={[
            { value: "", label: "Keep all hosts" },
            ...hosts.map((h) => ({ value: h.key, label: `${nameOf(h)}: ${h.ramMiB} MiB, ${h.reservedMiB} MiB reserved, ready after ${formatDuration(h.readyAfterMinutes)}` })),
          ]}
        />
        <TextField name="ramMiB" label="Memory (MiB)" inputMode="numeric" defaultValue={values.ramMiB ?? ""} placeholder={saved(host?.ramMiB)} error={errors.ramMiB} hint="physical memory in MiB (64 GiB = 65536)" />
        <TextField name="reservedMiB" label="Reserved memory (MiB)" inputMode="numeric" defaultValue={values.reservedMiB ?? ""} placeholder={saved(host?.reservedMiB)} error={errors.reservedMiB} hint="kept by the hypervisor and management partition" />
        <TextField
          name="readyAfterMinutes"
          label="Ready after (minutes)"
          defaultValue={values.readyAfterMinutes ?? ""}
          placeholder={saved(host?.readyAfterMinutes)}
          error={errors.readyAfterMinutes}
          hint="how long after a disaster the host can take restores; minutes, or 4h, 1d"
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">A system</legend>
        <SelectField
          name="system"
          label="System"
          defaultValue={values.system ?? ""}
          onChange={choose("system")}
          error={errors.system}
          hint="one the recovery model assesses"
          options={[{ value: "", label: "Keep all systems" }, ...systems.map((s) => ({ value: s.name, label: `${s.name}: runs on ${hostName(s.host)}` }))]}
        />
        <fieldset className="space-y-3 border-t border-slate-200 pt-3">
          <legend className="text-sm font-semibold">Where it is restored</legend>
          <SelectField
            name="scenario"
            label="Scenario"
            defaultValue={values.scenario ?? ""}
            onChange={choose("scenario")}
            error={errors.scenario}
            options={[{ value: "", label: "Keep every scenario" }, ...scenarios.map((s) => ({ value: s.key, label: s.name }))]}
          />
          <SelectField
            name="recoveryHost"
            label="Recovery host"
            defaultValue={values.recoveryHost ?? ""}
            error={errors.recoveryHost}
            hint="as the VM facts page's recovery host per scenario; a host lost in the scenario says so"
            options={[
              { value: "", label: system && scenario ? `Keep the saved one: ${savedLabel}` : "Keep the saved recovery host" },
              { value: OWN_HOST, label: ownHost },
              ...hostOptions,
            ]}
          />
        </fieldset>
        <fieldset className="space-y-3 border-t border-slate-200 pt-3">
          <legend className="text-sm font-semibold">A replica of it</legend>
          <SelectField
            name="replicaLocation"
            label="Replica location"
            defaultValue={values.replicaLocation ?? ""}
            error={errors.replicaLocation}
            hint="where a standby copy would run or be kept"
            options={[
              { value: "", label: "No new replica" },
              ...locations.map((l) => ({
                value: l.key,
                label: `${nameOf(l)} (${l.key})${replicas.some((r) => r.system.name === chosen.system && r.location.key === l.key) ? ": it already replicates here" : ""}`,
              })),
            ]}
          />
          <TextField
            name="replicaLagMinutes"
            label="Replica lag (minutes)"
            defaultValue={values.replicaLagMinutes ?? ""}
            error={errors.replicaLagMinutes}
            hint="how far the replica trails the system: its worst-case data loss; minutes, or 4h, 1d"
          />
        </fieldset>
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit">Assess the draft</Button>
      </div>
    </form>
  );
}
