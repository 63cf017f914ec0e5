"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

export function ApproversForm({
  action,
  planId,
  executives,
  selected,
  pendingNumber,
}: {
  action: FormAction;
  planId: string;
  executives: { id: string; name: string; email: string }[];
  selected: string[];
  /** The version awaiting approval, if any: it keeps the approvers it was submitted with. */
  pendingNumber: number | null;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  // After a refused save the boxes stay as the user ticked them: React resets the form after its
  // action, to each box's defaultChecked.
  const ticked = state.status === "error" && state.values ? (state.values.approverIds ?? "").split(",").filter(Boolean) : selected;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <fieldset aria-describedby="approvers-hint" className="min-w-0">
        <legend className="text-base font-semibold">Approvers</legend>
        <p id="approvers-hint" className="text-sm text-slate-600">
          Every executive named here must approve a version before the plan counts as approved.
          {pendingNumber
            ? ` Changes apply to the next version submitted: version ${pendingNumber} keeps the approvers it was submitted with.`
            : ""}
        </p>
        {executives.length === 0 ? (
          <p className="mt-2 text-sm italic text-slate-500">The organisation has no executives yet. An administrator can give someone that role.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {executives.map((e) => (
              <li key={e.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" id={`approverIds-${e.id}`} name="approverIds" value={e.id} defaultChecked={ticked.includes(e.id)} />
                  {e.name} <span className="min-w-0 text-slate-500 wrap-anywhere">({e.email})</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {state.fieldErrors?.approverIds ? <p className="mt-1 text-sm text-red-700">{state.fieldErrors.approverIds}</p> : null}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton variant="secondary">Save approvers</SubmitButton>
    </form>
  );
}
