"use client";

import type { ReactNode } from "react";
import type { FormAction } from "@/lib/http/form-state";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/** `children`: what the submitter should see before freezing the plan (its completeness). */
export function SubmitPlanForm({ action, planId, children }: { action: FormAction; planId: string; children?: ReactNode }) {
  const [state, formAction] = useAnnouncedAction(action);
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="submit-heading">
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
