"use client";

import { useState } from "react";
import { formKey, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useRecordForm } from "@/components/recovery/setup/use-record-form";
import { VersionField } from "@/components/ui/version-field";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { lostRecoveryHostWarning, recoveryHostOptions } from "@/lib/recovery/setup/recovery-host-options";

type Named = { id: string; name: string };
export type VmFactsValues = {
  id: string; name: string; recoveryVersion: number; hostId: string | null; ramMiB: number | null; usedGB: number | null;
  bootMinutes: number; verifyMinutes: number; priority: number; dependsOnIds: string[]; recoveryHosts: Record<string, string>;
};

/** A scenario and the hosts it loses (a lost host, or one on a lost site). */
type ScenarioHosts = Named & { key: string; lostHostIds: string[] };

export function VmFactsForm({ action, planId, system, hosts, others, scenarios }: {
  action: FormAction; planId: string; system: VmFactsValues; hosts: (Named & { key: string })[]; others: Named[]; scenarios: ScenarioHosts[];
}) {
  const { state, formAction, value, error } = useRecordForm(action);
  const s = system;
  // The host and recovery hosts as chosen in the form, so that each scenario's select names its
  // own host and says whether what it restores to is lost there before anything is saved.
  const [hostId, setHostId] = useState(value("hostId", s.hostId));
  const [recovery, setRecovery] = useState<Record<string, string>>(() => Object.fromEntries(scenarios.map((sc) => [sc.id, value(`recoveryHost.${sc.id}`, s.recoveryHosts[sc.id] ?? "")])));
  const hostOptions = hosts.map((h) => ({ value: h.id, label: `${h.name} (${h.key})` }));
  return (
    <form action={formAction} noValidate className="space-y-4" aria-label={`Recovery facts of ${s.name}`} key={formKey(state, String(s.recoveryVersion))}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="systemId" value={s.id} />
      <VersionField version={s.recoveryVersion} state={state} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <SelectField name="hostId" label="Host (optional)" hint="Where it runs today. Without a host the system is not modelled (e.g. a SaaS service)." defaultValue={value("hostId", s.hostId)} onChange={(e) => setHostId(e.target.value)} error={error("hostId")} options={[{ value: "", label: "— none —" }, ...hostOptions]} />
        <TextField name="ramMiB" label="Memory (MiB, optional)" inputMode="numeric" hint="Guest RAM in MiB; the restore host needs this plus overhead." defaultValue={value("ramMiB", s.ramMiB)} error={error("ramMiB")} />
        <TextField name="usedGB" label="Used size (GB, optional)" inputMode="decimal" hint="Data a restore reads, in decimal GB (1 GB = 1000 MB)." defaultValue={value("usedGB", s.usedGB)} error={error("usedGB")} />
        <TextField name="bootMinutes" label="Boot time (minutes)" required hint="From restored to booted. Minutes, or 4h, 1d." defaultValue={value("bootMinutes", s.bootMinutes)} error={error("bootMinutes")} />
        <TextField name="verifyMinutes" label="Verification time (minutes)" required hint="Checks before users may work on it. Minutes, or 4h, 1d." defaultValue={value("verifyMinutes", s.verifyMinutes)} error={error("verifyMinutes")} />
        <SelectField name="priority" label="Priority" required hint="1 is restored first, 5 last." defaultValue={value("priority", s.priority)} error={error("priority")} options={[1, 2, 3, 4, 5].map((p) => ({ value: String(p), label: String(p) }))} />
      </div>
      <CheckboxGroup
        name="dependsOnIds"
        legend="Depends on (restored and verified before it starts)"
        options={others.map((o) => ({ id: o.id, label: o.name }))}
        selected={value("dependsOnIds", s.dependsOnIds.join(",")).split(",").filter(Boolean)}
        error={error("dependsOnIds")}
        empty="No other systems in this plan."
        columns={3}
        height="tall"
      />
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">Recovery host per scenario</legend>
        {scenarios.length === 0 ? (
          <p className="text-sm text-slate-600">No disaster scenarios yet. Once the committee adds them (Risks), choose here where this system is restored in each; by default it is restored on its own host.</p>
        ) : (
          <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
            {scenarios.map((sc) => (
              <SelectField
                key={sc.id}
                name={`recoveryHost.${sc.id}`}
                label={`In “${sc.name}”`}
                defaultValue={value(`recoveryHost.${sc.id}`, s.recoveryHosts[sc.id] ?? "")}
                onChange={(e) => setRecovery((r) => ({ ...r, [sc.id]: e.target.value }))}
                hint={lostRecoveryHostWarning({ system: s.name, hosts, ownHostId: hostId, chosenHostId: recovery[sc.id], lostHostIds: sc.lostHostIds })}
                error={error(`recoveryHosts.${sc.id}`)}
                options={recoveryHostOptions({ hosts, ownHost: hostId, lostHosts: sc.lostHostIds })}
              />
            ))}
          </div>
        )}
        {error("recoveryHosts") ? <p className="mt-1 text-sm text-red-700">{error("recoveryHosts")}</p> : null}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton>Save recovery facts</SubmitButton>
    </form>
  );
}
