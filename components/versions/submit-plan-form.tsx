"use client";

import type { ReactNode } from "react";
import type { FormAction } from "@/lib/http/form-state";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * `children`: what the submitter should see before freezing the plan (its completeness). Once
 * submitted the page drops the form for the element with the id `outcome`, which takes the focus.
 */
export function SubmitPlanForm({ action, planId, outcome, children }: { action: FormAction; planId: string; outcome: string; children?: ReactNode }) {
  const { state, formAction, onSubmit } = useAnnouncedAction(action, { outcome });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3" aria-labelledby="submit-heading">
      <h2 id="submit-heading" className="text-base font-semibold">
        Submit for approval
      </h2>
      <p className="text-sm text-slate-600">
        Submitting freezes everything the plan contains as a new version. Approvers sign exactly that version; later edits show as
        changes since approval.
      </p>
      {children}
      <input type="hidden" name="planId" value={planId} />
      <TextAreaField name="note" label="Note to the approvers (optional)" rows={2} defaultValue={state.values?.note} error={state.fieldErrors?.note} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Freezing the plan…">Submit for approval</SubmitButton>
    </form>
  );
}
