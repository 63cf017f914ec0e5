"use client";

import type { FormAction } from "@/lib/http/form-state";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * An approver's decision: the statement to agree to, a comment, approve or reject. Once recorded
 * the page drops the form and says the decision in the element with the id `outcome`, which takes
 * the keyboard focus.
 */
export function DecisionForm({
  action,
  planId,
  number,
  hash,
  statement,
  outcome,
}: {
  action: FormAction;
  planId: string;
  number: number;
  hash: string;
  statement: string;
  outcome: string;
}) {
  const { state, formAction, pending, onSubmit } = useAnnouncedAction(action, { outcome });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3 rounded-lg border border-blue-200 bg-blue-50 p-4" aria-labelledby="decide-heading">
      <h2 id="decide-heading" className="text-base font-semibold">
        Your decision
      </h2>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="versionHash" value={hash} />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="agree"
          value="yes"
          // React resets a form after its action: the box comes back as the refused submission had it.
          defaultChecked={state.values?.agree === "yes"}
          className="mt-1"
          aria-invalid={state.fieldErrors?.agree ? true : undefined}
          aria-describedby={state.fieldErrors?.agree ? "agree-error" : undefined}
        />
        <span className="min-w-0 wrap-anywhere">{statement}</span>
      </label>
      {state.fieldErrors?.agree ? (
        <p id="agree-error" className="text-sm text-red-700">
          {state.fieldErrors.agree}
        </p>
      ) : null}
      <TextAreaField
        name="comment"
        label="Comment (required to reject)"
        rows={3}
        defaultValue={state.values?.comment}
        error={state.fieldErrors?.comment}
      />
      <FormMessage state={state} />
      <div className="flex gap-2">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <Button type="submit" name="decision" value="approved" aria-disabled={pending} onClick={(event) => pending && event.preventDefault()}>
          {pending ? "Recording…" : "Approve this version"}
        </Button>
        <Button type="submit" name="decision" value="rejected" variant="danger" aria-disabled={pending} onClick={(event) => pending && event.preventDefault()}>
          Reject
        </Button>
      </div>
    </form>
  );
}
