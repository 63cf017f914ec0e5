"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { FINDING_SEVERITIES, SEVERITY_LABELS } from "@/lib/findings/schemas";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { PeoplePickerHint } from "@/components/people/people-picker-hint";

/** Records a finding of a test: what was wrong, how bad, who fixes it and by when (not before the test). */
export function FindingForm({
  action,
  planId,
  exerciseId,
  testDate,
  people,
}: {
  action: FormAction;
  planId: string;
  exerciseId: string;
  /** The test's date as the page shows it ("25 Nov 2026"): the earliest the finding can be due. */
  testDate: string;
  people: { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="add-finding-heading" noValidate>
      <h3 id="add-finding-heading" className="font-medium">
        Add a finding
      </h3>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="exerciseId" value={exerciseId} />
      <TextAreaField name="description" label="Finding" required rows={2} maxLength={2000} defaultValue={typed?.description} error={errors.description} />
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
        <TextField name="dueOn" label="Due date" type="date" required hint={`On or after the test's date, ${testDate}.`} defaultValue={typed?.dueOn} error={errors.dueOn} />
      </div>
      <FormMessage state={state} />
      <SubmitButton>Add finding</SubmitButton>
    </form>
  );
}
