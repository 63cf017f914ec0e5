"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { FINDING_SEVERITIES, SEVERITY_LABELS } from "@/lib/findings/schemas";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { PeoplePickerHint } from "@/components/people/people-picker-hint";

/**
 * Records a finding of a test, or a corrective action of an incident: what was wrong (or is to
 * change), how bad, who fixes it and by when (not before its source's day). `source` is the hidden
 * field that names the test or the incident; `words` the form's heading, field and button.
 */
export function FindingForm({
  action,
  planId,
  source,
  dueHint,
  people,
  words = { heading: "Add a finding", description: "Finding", submit: "Add finding" },
}: {
  action: FormAction;
  planId: string;
  source: { name: "exerciseId" | "incidentId"; id: string };
  /** The earliest the finding can be due, as the due date's hint says it ("On or after the test's date, 25 Nov 2026."). */
  dueHint: string;
  people: { id: string; name: string }[];
  words?: { heading: string; description: string; submit: string };
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="add-finding-heading" noValidate>
      <h3 id="add-finding-heading" className="font-medium">
        {words.heading}
      </h3>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name={source.name} value={source.id} />
      <TextAreaField name="description" label={words.description} required rows={2} maxLength={2000} defaultValue={typed?.description} error={errors.description} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <SelectField
          name="severity"
          label="Severity"
          required
          defaultValue={typed?.severity ?? "medium"}
          error={errors.severity}
          options={FINDING_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))}
        />
        <SelectField
          name="ownerId"
          label="Owner"
          required
          defaultValue={typed?.ownerId ?? ""}
          error={errors.ownerId}
          hint={people.length ? undefined : <PeoplePickerHint count={0} />}
          options={[{ value: "", label: "Choose who will fix it…" }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <TextField name="dueOn" label="Due date" type="date" required hint={dueHint} defaultValue={typed?.dueOn} error={errors.dueOn} />
      </div>
      <FormMessage state={state} />
      <SubmitButton>{words.submit}</SubmitButton>
    </form>
  );
}
