"use client";

import Link from "next/link";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { SCENARIO_KIND_LABELS, SCENARIO_KINDS } from "@/lib/risks/schemas";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";
import { NameAndKeyFields } from "@/components/recovery/name-and-key-fields";
import { CheckboxGroup } from "@/components/ui/checkbox-group";

type Scenario = {
  id: string;
  version: number;
  key: string;
  name: string;
  kind: string;
  description: string;
  at: Date | null;
  declareMinutes: number;
  containmentMinutes: number;
  cleanBefore: Date | null;
  lostHostKeys: string[];
  lostSites: { id: string }[];
  threats: { id: string }[];
};

/** Instants are shown and taken as ISO 8601 with an offset; stored ones are shown in UTC. */
// Shown as it can be typed back: UTC, to the minute unless seconds were given.
const iso = (date: Date | null) => (date ? date.toISOString().replace(/(:00)?\.000Z$/, "").replace("T", " ") : "");

/** Adds a disaster scenario, or edits one: the fields the recovery engine assesses it with. */
export function ScenarioForm({
  action,
  planId,
  threats,
  sites,
  hosts,
  scenario,
  taken = [],
}: {
  action: FormAction;
  planId: string;
  threats: { id: string; title: string }[];
  sites: { id: string; name: string }[];
  hosts: { key: string; name: string }[];
  scenario?: Scenario;
  /** The plan's scenario ids, for the id a blank one is made into when adding. */
  taken?: string[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const list = (field: "threatIds" | "lostSiteIds", stored: { id: string }[] = []) =>
    values ? (values[field] ?? "").split(",").filter(Boolean) : stored.map((s) => s.id);
  const lostHosts = values ? (values.lostHostKeys ?? "").split(",").filter(Boolean) : (scenario?.lostHostKeys ?? []);
  // A stored key that is no longer one of the plan's hosts stays visible (ticked) so it can be unticked.
  const hostOptions = [
    ...hosts.map((h) => ({ id: h.key, label: `${h.name} (${h.key})` })),
    ...lostHosts.filter((k) => !hosts.some((h) => h.key === k)).map((k) => ({ id: k, label: `${k} (not a host of this plan)` })),
  ];
  const key = formKey(state, scenario ? `v${scenario.version}` : "new");
  const instantHint = "In UTC, like 2026-03-14 02:00; or with its offset, like 2026-06-10T04:00+01:00.";
  return (
    <form action={formAction} className="space-y-3" aria-label={scenario ? "Edit scenario" : "Add a scenario"} noValidate key={key}>
      <input type="hidden" name="planId" value={planId} />
      {scenario ? (
        <>
          <input type="hidden" name="scenarioId" value={scenario.id} />
          <VersionField version={scenario.version} state={state} />
        </>
      ) : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <NameAndKeyFields
          kind="scenario"
          adding={!scenario}
          taken={taken}
          name={{ id: "scenario-name", label: "Scenario name", defaultValue: values?.name ?? scenario?.name ?? "", error: errors.name }}
          keyField={{ id: "scenario-key", label: "Scenario id", defaultValue: values?.key ?? scenario?.key ?? "", error: errors.key }}
          hint="Lower case, like site-loss: the recovery model's id."
        />
        <SelectField
          id="scenario-kind"
          name="kind"
          label="Kind"
          required
          defaultValue={values?.kind ?? scenario?.kind ?? "site"}
          error={errors.kind}
          options={SCENARIO_KINDS.map((k) => ({ value: k, label: SCENARIO_KIND_LABELS[k] }))}
        />
      </div>
      <TextAreaField id="scenario-description" name="description" label="Description (optional)" rows={2} defaultValue={values?.description ?? scenario?.description} error={errors.description} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField id="scenario-at" name="at" label="Disaster instant (optional; required for ransomware)" defaultValue={values?.at ?? iso(scenario?.at ?? null)} error={errors.at} hint={instantHint} />
        <TextField
          id="scenario-clean-before"
          name="cleanBefore"
          label="Last instant known clean (optional; required for ransomware)"
          defaultValue={values?.cleanBefore ?? iso(scenario?.cleanBefore ?? null)}
          error={errors.cleanBefore}
          hint={instantHint}
        />
        <TextField
          id="scenario-declare"
          name="declareMinutes"
          label="Minutes to declare (optional)"
          defaultValue={values?.declareMinutes ?? String(scenario?.declareMinutes ?? 0)}
          error={errors.declareMinutes}
          hint="Detection and decision before recovery starts. Minutes, or 4h, 1d."
        />
        <TextField
          id="scenario-containment"
          name="containmentMinutes"
          label="Containment minutes (optional)"
          defaultValue={values?.containmentMinutes ?? String(scenario?.containmentMinutes ?? 0)}
          error={errors.containmentMinutes}
          hint="Ransomware: no restore starts before this. Minutes, or 4h, 1d."
        />
      </div>
      <CheckboxGroup
        name="lostHostKeys"
        legend="Lost hosts"
        options={hostOptions}
        selected={lostHosts}
        error={errors.lostHostKeys}
        frame="none"
        height="none"
        empty={
          <>
            No hosts yet: they are added with the plan&apos;s recovery data.{" "}
            <Link href={`/plans/${planId}/recovery/setup/hosts`} className="text-blue-700 underline">
              Add hosts
            </Link>
            , then come back to name the ones this scenario loses.
          </>
        }
      />
      <CheckboxGroup
        name="lostSiteIds"
        legend="Lost sites"
        options={sites.map((s) => ({ id: s.id, label: s.name }))}
        selected={list("lostSiteIds", scenario?.lostSites)}
        error={errors.lostSiteIds}
        frame="none"
        height="none"
        empty={
          <>
            No sites yet.{" "}
            <Link href={`/plans/${planId}/recovery/setup`} className="text-blue-700 underline">
              Add sites
            </Link>{" "}
            with the plan&apos;s recovery data, then come back to name the ones this scenario loses.
          </>
        }
      />
      <CheckboxGroup name="threatIds" legend="Caused by threats" options={threats.map((t) => ({ id: t.id, label: t.title }))} selected={list("threatIds", scenario?.threats)} error={errors.threatIds} empty="None recorded yet." frame="none" height="none" />
      <FormMessage state={state} />
      <SubmitButton>{scenario ? "Save scenario" : "Add scenario"}</SubmitButton>
    </form>
  );
}
