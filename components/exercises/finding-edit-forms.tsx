"use client";

import { useActionState, useEffect, useRef } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { FINDING_SEVERITIES, OPEN_STATUSES, SEVERITY_LABELS, STATUS_LABELS } from "@/lib/findings/schemas";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

type Finding = { id: string; description: string; severity: string; status: string; ownerId: string | null; dueOn: string; version: number };

/**
 * Edits an open finding and, separately, closes it with a note on how it was resolved. One
 * finding at a time is edited on a page (the fields' ids are their names). They open in place of
 * the finding's "Edit or close" link, which goes with the focus it had: the focus starts at the
 * finding's text instead, once, not again when a save remounts the form.
 */
export function FindingEditForms({
  updateAction,
  closeAction,
  planId,
  finding,
  dueHint,
  people,
}: {
  updateAction: FormAction;
  closeAction: FormAction;
  planId: string;
  finding: Finding;
  /** The earliest it can be due, as the due date's hint says it ("On or after the test's date, 25 Nov 2026."). */
  dueHint: string;
  people: { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(updateAction, IDLE);
  const [closeState, closeFormAction] = useActionState(closeAction, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-[2fr_1fr]">
      <form action={formAction} className="space-y-3" noValidate key={finding.version} aria-label={`Edit finding: ${finding.description}`}>
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="findingId" value={finding.id} />
        <VersionField version={finding.version} state={state} />
        <TextAreaField ref={first} name="description" label="Finding" required rows={2} defaultValue={typed?.description ?? finding.description} error={errors.description} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <SelectField name="severity" label="Severity" required defaultValue={typed?.severity ?? finding.severity} error={errors.severity} options={FINDING_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))} />
          <SelectField name="status" label="Status" required defaultValue={typed?.status ?? finding.status} error={errors.status} options={OPEN_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
          <SelectField
            name="ownerId"
            label="Owner"
            required
            defaultValue={typed?.ownerId ?? finding.ownerId ?? ""}
            error={errors.ownerId}
            options={[{ value: "", label: "Choose who will fix it…" }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <TextField name="dueOn" label="Due date" type="date" required hint={dueHint} defaultValue={typed?.dueOn ?? finding.dueOn} error={errors.dueOn} />
        </div>
        <FormMessage state={state} />
        <SubmitButton variant="secondary">Save finding</SubmitButton>
      </form>
      <form action={closeFormAction} className="space-y-3" noValidate aria-label={`Close finding: ${finding.description}`}>
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="findingId" value={finding.id} />
        <VersionField version={finding.version} state={closeState} />
        <TextAreaField
          name="closedNote"
          label="How it was resolved"
          required
          rows={3}
          defaultValue={closeState.status === "error" ? closeState.values?.closedNote : undefined}
          error={closeState.fieldErrors?.closedNote}
        />
        <FormMessage state={closeState} />
        <SubmitButton variant="secondary">Close finding</SubmitButton>
      </form>
    </div>
  );
}
