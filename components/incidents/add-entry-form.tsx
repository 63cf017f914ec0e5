"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { ENTRY_KIND_LABELS, INCIDENT_ENTRY_KINDS } from "@/lib/incidents/schemas";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { TYPED_TIME_HINT } from "@/lib/incidents/incident-time";
import { NowTimeField } from "@/components/incidents/now-time-field";

/**
 * One line for an active incident's log; after it is added the form starts again at the new "now".
 * A refresh of the page while it is half typed keeps what was typed (NowTimeField).
 */
export function AddEntryForm({
  action,
  planId,
  incidentId,
  now,
  systems,
}: {
  action: FormAction;
  planId: string;
  incidentId: string;
  now: string;
  /** The systems an entry may report back in service (see lib/incidents/list-entry-systems.ts). */
  systems: { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} key={formKey(state, "new")} aria-label="Add to the log" noValidate className="space-y-4">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <NowTimeField state={state} now={now} id="entry-at" name="at" label="When it happened" hint={TYPED_TIME_HINT} />
        <SelectField
          id="entry-kind"
          name="kind"
          label="Kind"
          defaultValue={typed?.kind ?? "decision"}
          error={state.fieldErrors?.kind}
          options={INCIDENT_ENTRY_KINDS.map((kind) => ({ value: kind, label: ENTRY_KIND_LABELS[kind] }))}
        />
      </div>
      <TextAreaField
        id="entry-text"
        name="text"
        label="What was decided, done, told or restored"
        required
        rows={3}
        maxLength={4000}
        defaultValue={typed?.text ?? ""}
        error={state.fieldErrors?.text}
        hint="Entries cannot be edited or deleted: to correct one, add a new entry that says so."
      />
      {systems.length > 0 ? (
        <SelectField
          id="entry-system"
          name="systemId"
          label="System back in service (optional)"
          defaultValue={typed?.systemId ?? ""}
          error={state.fieldErrors?.systemId}
          options={[{ value: "", label: "None" }, ...systems.map((s) => ({ value: s.id, label: s.name }))]}
          hint="For a recovery-progress entry: the system it reports back, which the expected recovery above then shows as back."
        />
      ) : null}
      <FormMessage state={state} />
      <SubmitButton pendingText="Adding…">Add to the log</SubmitButton>
    </form>
  );
}
