"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { KEPT_SCENARIO } from "@/lib/incidents/schemas";
import { timeFieldValue } from "@/lib/incidents/incident-time";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";
import { DeclarationFields, type DeclarationValues } from "@/components/incidents/declaration-fields";

type Incident = {
  id: string;
  declarationVersion: number;
  title: string;
  scenarioId: string | null;
  scenarioName: string;
  declaredAt: Date;
  startedAt: Date | null;
  cleanBefore: Date | null;
  declaredByPersonId: string | null;
  declaredByName: string;
};

/** The declaration as the form shows it: times in UTC to the minute, a deleted scenario by the name it kept. */
function stored(incident: Incident): DeclarationValues {
  return {
    title: incident.title,
    scenarioId: incident.scenarioId ?? (incident.scenarioName ? KEPT_SCENARIO : ""),
    declaredAt: timeFieldValue(incident.declaredAt),
    startedAt: incident.startedAt ? timeFieldValue(incident.startedAt) : "",
    cleanBefore: incident.cleanBefore ? timeFieldValue(incident.cleanBefore) : "",
    declaredByPersonId: incident.declaredByPersonId ?? "",
    declaredByName: incident.declaredByPersonId ? "" : incident.declaredByName,
  };
}

/**
 * Correcting what the declaration says, active or stood down (docs/decisions/0062): the
 * declaration's fields as stored, and why they change. The log keeps an entry saying what changed;
 * a form someone else's correction made stale says what they changed and keeps what was typed.
 */
export function CorrectDeclarationForm({
  action,
  planId,
  incident,
  scenarios,
  people,
}: {
  action: FormAction;
  planId: string;
  incident: Incident;
  scenarios: { id: string; name: string; kind: string }[];
  people: { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const kept = !incident.scenarioId && incident.scenarioName ? { name: incident.scenarioName, tookClean: incident.cleanBefore !== null } : undefined;
  return (
    <form action={formAction} key={formKey(state, `v${incident.declarationVersion}`)} aria-label="Correct the declaration" noValidate className="space-y-4">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="incidentId" value={incident.id} />
      <VersionField version={incident.declarationVersion} state={state} />
      <DeclarationFields values={typed ?? stored(incident)} errors={errors} scenarios={scenarios} people={people} kept={kept} idPrefix="correct-" />
      <TextAreaField
        id="correct-reason"
        name="reason"
        label="Reason for the correction"
        required
        rows={2}
        maxLength={500}
        defaultValue={typed?.reason ?? ""}
        error={errors.reason}
        hint="Kept in the log with what changed, e.g. “Start time taken from the CCTV log”."
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Correcting…">Correct the declaration</SubmitButton>
    </form>
  );
}
