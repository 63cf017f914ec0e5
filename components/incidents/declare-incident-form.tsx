"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { DeclarationFields } from "@/components/incidents/declaration-fields";

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
  /** The page's now, in UTC to the minute: the time field shows it until typed in (NowTimeField). */
  now: string;
  scenarios: { id: string; name: string; kind: string }[];
  people: { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} key={formKey(state, "new")} aria-label="Declare an incident" noValidate className="space-y-4">
      <input type="hidden" name="planId" value={planId} />
      <DeclarationFields values={typed ?? {}} errors={state.fieldErrors ?? {}} scenarios={scenarios} people={people} declaring={{ state, now }} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Declaring…">Declare the incident</SubmitButton>
    </form>
  );
}
