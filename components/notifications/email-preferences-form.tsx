"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { emailField, NOTIFICATION_KINDS, OPTIONAL_EMAIL_KINDS } from "@/lib/notifications/kinds";
import type { EmailChoices } from "@/lib/notifications/email-choices";
import { CheckboxField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

/**
 * The member's choice of the notifications they are e-mailed: a box per kind they may turn off,
 * and the kinds always e-mailed shown ticked and fixed, with why. It saves against the version it
 * was shown (a change from another tab is shown, the boxes as they were ticked kept).
 */
export function EmailPreferencesForm({ action, choices, version }: { action: FormAction; choices: EmailChoices; version: number }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="max-w-xl space-y-4" aria-label="Notification e-mail choices" noValidate key={formKey(state, `v${version}`)}>
      <VersionField version={version} state={state} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">E-mail me about</legend>
        {OPTIONAL_EMAIL_KINDS.map((kind) => {
          const field = emailField(kind);
          return (
            <CheckboxField
              key={kind}
              name={field}
              label={NOTIFICATION_KINDS[kind].label}
              hint={NOTIFICATION_KINDS[kind].about}
              defaultChecked={values ? values[field] === "on" : choices[field]}
              error={state.fieldErrors?.[field]}
            />
          );
        })}
        {/* Not a field of the form: shown so the member knows it was not forgotten, and why it cannot be turned off. */}
        <CheckboxField
          name="emailIncidents"
          label={NOTIFICATION_KINDS.incidents.label}
          hint={`${NOTIFICATION_KINDS.incidents.about} ${NOTIFICATION_KINDS.incidents.alwaysEmailed}`}
          checked
          disabled
          readOnly
        />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton>Save e-mail choices</SubmitButton>
    </form>
  );
}
