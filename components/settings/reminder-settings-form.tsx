"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { APPROVAL_WINDOW, TEST_WINDOW } from "@/lib/settings/reminder-windows";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

/**
 * How early the daily reminders come (docs/decisions/0068). Numbers are text fields with a numeric
 * keyboard, as elsewhere, so that what was typed comes back as typed when it is refused. It saves
 * against the version it was shown: a change someone else saved meanwhile is shown, with the
 * typed windows kept (docs/decisions/0007).
 */
export function ReminderSettingsForm({
  action,
  approvalReminderDays,
  testReminderDays,
  version,
}: {
  action: FormAction;
  approvalReminderDays: number;
  testReminderDays: number;
  version: number;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="max-w-xl space-y-4" aria-label="Reminder windows" noValidate key={formKey(state, `v${version}`)}>
      <VersionField version={version} state={state} />
      <TextField
        name="approvalReminderDays"
        label={APPROVAL_WINDOW.label}
        inputMode="numeric"
        required
        defaultValue={values?.approvalReminderDays ?? String(approvalReminderDays)}
        error={state.fieldErrors?.approvalReminderDays}
        hint={`From ${APPROVAL_WINDOW.min} to ${APPROVAL_WINDOW.max}. The plan's editors and approvers are told this many days before its approval expires, with time to submit it and have it approved, and again once it has expired.`}
      />
      <TextField
        name="testReminderDays"
        label={TEST_WINDOW.label}
        inputMode="numeric"
        required
        defaultValue={values?.testReminderDays ?? String(testReminderDays)}
        error={state.fieldErrors?.testReminderDays}
        hint={`From ${TEST_WINDOW.min} to ${TEST_WINDOW.max}. The plan's editors are told this many days before its next test is due, with time to arrange it, and again once it is overdue.`}
      />
      <FormMessage state={state} />
      <SubmitButton>Save reminder windows</SubmitButton>
    </form>
  );
}
