"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { SelectField } from "@/components/ui/field";
import { useFormRound } from "@/components/inventories/use-form-round";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/** Names the person who keeps the register current. */
export function OwnerForm({
  action,
  planId,
  kind,
  ownerId,
  people,
}: {
  action: FormAction;
  planId: string;
  kind: string;
  ownerId: string;
  people: { id: string; name: string }[];
}) {
  const [state, formAction, round] = useFormRound(action);
  return (
    <form action={formAction} aria-label="Register owner" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="kind" value={kind} />
      <div className="w-64" key={round}>
        <SelectField
          name="ownerId"
          label="Owner (optional)"
          defaultValue={state.status === "error" ? state.values?.ownerId : ownerId}
          error={state.fieldErrors?.ownerId}
          options={[{ value: "", label: "No owner" }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        />
      </div>
      <SubmitButton variant="secondary">Save owner</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Records today's review of the register. */
export function ReviewForm({ action, planId, kind }: { action: FormAction; planId: string; kind: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-label="Review" className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="kind" value={kind} />
      <SubmitButton variant="secondary" pendingText="Recording…">
        Mark as reviewed today
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
