"use client";

import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

export type ReviewFormValues = { id: string; version: number; attendees: string; minutes: string; decisions: string; nextReviewOn: string };

/**
 * Records a management review, or edits one's record (with the version it started from). The day
 * it was held is set once: the inputs frozen with the review are the programme as of that day.
 */
export function ReviewForm({ action, review, today }: { action: FormAction; review?: ReviewFormValues; today: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  // After a failed save the form shows what the user typed, not the stored value.
  const values = state.status === "error" ? state.values : undefined;
  const value = (field: keyof ReviewFormValues | "heldOn") => values?.[field] ?? (field === "heldOn" ? today : String(review?.[field] ?? ""));
  const errors = state.fieldErrors ?? {};
  const heading = review ? "Edit the record" : "Record the review";
  return (
    <form action={formAction} className="space-y-3" aria-label={heading} noValidate key={formKey(state, review ? `v${review.version}` : "new")}>
      <h2 className="text-lg font-semibold">{heading}</h2>
      {review ? (
        <>
          <input type="hidden" name="reviewId" value={review.id} />
          <VersionField version={review.version} state={state} />
        </>
      ) : (
        <TextField name="heldOn" label="Held on" type="date" required max={today} defaultValue={value("heldOn")} error={errors.heldOn} />
      )}
      <TextAreaField
        name="attendees"
        label="Attendees"
        required
        rows={2}
        defaultValue={value("attendees")}
        error={errors.attendees}
        hint="Who attended, with their roles: top management, and whoever presented the inputs."
      />
      <TextAreaField name="minutes" label="Minutes (optional)" rows={6} defaultValue={value("minutes")} error={errors.minutes} hint="What was discussed of the inputs." />
      <TextAreaField
        name="decisions"
        label="Decisions and actions (optional)"
        rows={6}
        defaultValue={value("decisions")}
        error={errors.decisions}
        hint="Improvements to make, changes needed to the programme, resources agreed: the next review starts from these."
      />
      <TextField name="nextReviewOn" label="Next review due (optional)" type="date" defaultValue={value("nextReviewOn")} error={errors.nextReviewOn} />
      <FormMessage state={state} />
      <SubmitButton>{review ? "Save" : "Record review"}</SubmitButton>
    </form>
  );
}
