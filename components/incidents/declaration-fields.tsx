"use client";

import { useState } from "react";
import type { FormState } from "@/lib/http/form-state";
import { TYPED_TIME_FORMAT, UNTOUCHED_TIME_IS_NOW } from "@/lib/incidents/incident-time";
import { KEPT_SCENARIO } from "@/lib/incidents/schemas";
import { SelectField, TextField } from "@/components/ui/field";
import { NowTimeField } from "@/components/incidents/now-time-field";

const TIME_HINT = `${TYPED_TIME_FORMAT}, like 2026-03-14T03:00+01:00.`;

/** What the fields show: what was typed, or what the declaration says (strings, as the form posts them). */
export type DeclarationValues = Partial<Record<"title" | "scenarioId" | "declaredAt" | "startedAt" | "cleanBefore" | "declaredByPersonId" | "declaredByName", string>>;

/**
 * What a declaration holds, for declaring an incident and for correcting its declaration
 * (docs/decisions/0062). `kept`: a scenario deleted from the plan since, which the incident still
 * names (offered so that an untouched field changes nothing), and whether it took a last time
 * known clean. `idPrefix` keeps the ids apart from another form's on the same page.
 */
export function DeclarationFields({
  values,
  errors,
  scenarios,
  people,
  kept,
  idPrefix = "",
  declaring,
}: {
  values: DeclarationValues;
  errors: Record<string, string>;
  scenarios: { id: string; name: string; kind: string }[];
  people: { id: string; name: string }[];
  kept?: { name: string; tookClean: boolean };
  idPrefix?: string;
  /**
   * Declaring: the time declared is filled with the page's now, which left so (or blank) means when
   * the form is sent (NowTimeField). Correcting, it shows the declaration's and blank is not "now".
   */
  declaring?: { state: FormState; now: string };
}) {
  // The last time known clean is asked only under a ransomware scenario, the one the engine reads it for.
  const [scenarioId, setScenarioId] = useState(values.scenarioId ?? "");
  const ransomware = scenarios.some((s) => s.id === scenarioId && s.kind === "ransomware") || (scenarioId === KEPT_SCENARIO && Boolean(kept?.tookClean));
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <TextField id={id("title")} name="title" label="What happened" required maxLength={160} defaultValue={values.title ?? ""} error={errors.title} hint="E.g. “Head office flooded”." />
      <SelectField
        id={id("scenarioId")}
        name="scenarioId"
        label="Scenario of the plan (optional)"
        defaultValue={values.scenarioId ?? ""}
        onChange={(event) => setScenarioId(event.target.value)}
        error={errors.scenarioId}
        options={[
          { value: "", label: "None of the plan's scenarios" },
          ...(kept ? [{ value: KEPT_SCENARIO, label: `${kept.name} (no longer in the plan)` }] : []),
          ...scenarios.map((s) => ({ value: s.id, label: s.name })),
        ]}
        hint="The incident's page then shows when each system it affects is expected back, and what data is lost."
      />
      {declaring ? (
        <NowTimeField state={declaring.state} now={declaring.now} id={id("declaredAt")} name="declaredAt" label="Declared at" hint={`${TIME_HINT} ${UNTOUCHED_TIME_IS_NOW}`} />
      ) : (
        <TextField id={id("declaredAt")} name="declaredAt" label="Declared at" required defaultValue={values.declaredAt ?? ""} error={errors.declaredAt} hint={TIME_HINT} />
      )}
      <TextField
        id={id("startedAt")}
        name="startedAt"
        label="Disruption began at (optional)"
        defaultValue={values.startedAt ?? ""}
        error={errors.startedAt}
        hint={`If it began before the declaration: data written since then is what no backup holds. ${TYPED_TIME_FORMAT}. Blank: at the declaration.`}
      />
      {ransomware ? (
        <TextField
          id={id("cleanBefore")}
          name="cleanBefore"
          label="Last time known clean (optional)"
          defaultValue={values.cleanBefore ?? ""}
          error={errors.cleanBefore}
          hint={`Backups taken after this are not restored. ${TYPED_TIME_FORMAT}. Blank: as far before the disruption as the scenario assumes.`}
        />
      ) : null}
      <SelectField
        id={id("declaredByPersonId")}
        name="declaredByPersonId"
        label="Declared by"
        defaultValue={values.declaredByPersonId ?? ""}
        error={errors.declaredByPersonId}
        options={[{ value: "", label: "Someone not in the People register (type below)" }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
      />
      <TextField
        id={id("declaredByName")}
        name="declaredByName"
        label="Their name, if not in the People register (optional)"
        maxLength={120}
        defaultValue={values.declaredByName ?? ""}
        error={errors.declaredByName}
      />
    </>
  );
}
