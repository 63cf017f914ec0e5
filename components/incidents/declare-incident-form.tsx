"use client";

import { useActionState, useState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

const TIME_HINT = "In UTC, like 2026-03-14 02:00, or with its offset, like 2026-03-14T03:00+01:00. Blank: now.";

/** Declaring an incident: the plan is invoked, for one of its scenarios or none. */
export function DeclareIncidentForm({
  action,
  planId,
  now,
  scenarios,
  people,
}: {
  action: FormAction;
  planId: string;
  /** The time field's default: now, in UTC to the minute. */
  now: string;
  scenarios: { id: string; name: string; kind: string }[];
  people: { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  // The last time known clean is asked only under a ransomware scenario, the one the engine reads it for.
  const [scenarioId, setScenarioId] = useState(typed?.scenarioId ?? "");
  const ransomware = scenarios.some((s) => s.id === scenarioId && s.kind === "ransomware");
  return (
    <form action={formAction} key={formKey(state, now)} aria-label="Declare an incident" noValidate className="space-y-4">
      <input type="hidden" name="planId" value={planId} />
      <TextField name="title" label="What happened" required maxLength={160} defaultValue={typed?.title ?? ""} error={state.fieldErrors?.title} hint="E.g. “Head office flooded”." />
      <SelectField
        name="scenarioId"
        label="Scenario of the plan (optional)"
        defaultValue={typed?.scenarioId ?? ""}
        onChange={(event) => setScenarioId(event.target.value)}
        error={state.fieldErrors?.scenarioId}
        options={[{ value: "", label: "None of the plan's scenarios" }, ...scenarios.map((s) => ({ value: s.id, label: s.name }))]}
        hint="The incident's page then shows when each system it affects is expected back, and what data is lost."
      />
      <TextField name="declaredAt" label="Declared at" required defaultValue={typed?.declaredAt ?? now} error={state.fieldErrors?.declaredAt} hint={TIME_HINT} />
      <TextField
        name="startedAt"
        label="Disruption began at (optional)"
        defaultValue={typed?.startedAt ?? ""}
        error={state.fieldErrors?.startedAt}
        hint="If it began before the declaration: data written since then is what no backup holds. In UTC or with its offset. Blank: at the declaration."
      />
      {ransomware ? (
        <TextField
          name="cleanBefore"
          label="Last time known clean (optional)"
          defaultValue={typed?.cleanBefore ?? ""}
          error={state.fieldErrors?.cleanBefore}
          hint="Backups taken after this are not restored. In UTC or with its offset. Blank: as far before the disruption as the scenario assumes."
        />
      ) : null}
      <SelectField
        name="declaredByPersonId"
        label="Declared by"
        defaultValue={typed?.declaredByPersonId ?? ""}
        error={state.fieldErrors?.declaredByPersonId}
        options={[{ value: "", label: "Someone not in the People register (type below)" }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
      />
      <TextField
        name="declaredByName"
        label="Their name, if not in the People register (optional)"
        maxLength={120}
        defaultValue={typed?.declaredByName ?? ""}
        error={state.fieldErrors?.declaredByName}
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Declaring…">Declare the incident</SubmitButton>
    </form>
  );
}
