"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { DeclarationFields } from "@/components/incidents/declaration-fields";
import { FILLED_NOW_FIELD } from "@/lib/incidents/incident-time";

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
  return (
    <form action={formAction} key={formKey(state, now)} aria-label="Declare an incident" noValidate className="space-y-4">
      <input type="hidden" name="planId" value={planId} />
      {/* The time "Declared at" was filled with: left so, it means when the form is sent (lib/incidents/incident-time.ts). */}
      <input type="hidden" name={FILLED_NOW_FIELD} value={now} />
      <DeclarationFields values={typed ?? { declaredAt: now }} errors={state.fieldErrors ?? {}} scenarios={scenarios} people={people} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Declaring…">Declare the incident</SubmitButton>
    </form>
  );
}
