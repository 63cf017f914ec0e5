"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { DOCUMENT_MARKING_LABEL, MAX_MARKING } from "@/lib/settings/document-marking";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

/**
 * The organisation's protective marking. It saves against the version it was shown: a change
 * someone else saved meanwhile is shown, with the typed marking kept (docs/decisions/0007).
 */
export function DocumentSettingsForm({ action, documentMarking, version }: { action: FormAction; documentMarking: string; version: number }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="max-w-xl space-y-4" aria-label={DOCUMENT_MARKING_LABEL} noValidate key={formKey(state, `v${version}`)}>
      <VersionField version={version} state={state} />
      <TextField
        name="documentMarking"
        label={`${DOCUMENT_MARKING_LABEL} (optional)`}
        maxLength={MAX_MARKING}
        defaultValue={values?.documentMarking ?? documentMarking}
        error={state.fieldErrors?.documentMarking}
        hint={
          `Up to ${MAX_MARKING} characters, as your information classification policy words it, e.g. OFFICIAL-SENSITIVE ` +
          "or “Confidential — internal use only”. Leave it empty for no marking."
        }
      />
      <FormMessage state={state} />
      <SubmitButton>Save marking</SubmitButton>
    </form>
  );
}
