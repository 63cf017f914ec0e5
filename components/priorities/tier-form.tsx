"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { durationInput, DURATION_HINT } from "@/lib/durations";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

type Tier = { id: string; version: number; name: string; maxRtoMinutes: number; description: string };

/** Adds a recovery tier, or edits one (with the version it started from). */
export function TierForm({ action, planId, tier }: { action: FormAction; planId: string; tier?: Tier }) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const prefix = tier ? `tier-${tier.id}` : "tier-new";
  return (
    <form action={formAction} className="space-y-3" aria-label={tier ? `Edit ${tier.name}` : "Add a tier"} noValidate key={formKey(state, tier ? `v${tier.version}` : "new")}>
      <input type="hidden" name="planId" value={planId} />
      {tier ? (
        <>
          <input type="hidden" name="tierId" value={tier.id} />
          <VersionField version={tier.version} state={state} />
        </>
      ) : null}
      <TextField name="name" id={`${prefix}-name`} label="Tier name" required defaultValue={values?.name ?? tier?.name} error={state.fieldErrors?.name} />
      <TextField
        name="maxRtoMinutes"
        id={`${prefix}-max`}
        label="Longest RTO in this tier"
        required
        defaultValue={values?.maxRtoMinutes ?? durationInput(tier?.maxRtoMinutes)}
        error={state.fieldErrors?.maxRtoMinutes}
        hint={DURATION_HINT}
      />
      <TextField name="description" id={`${prefix}-description`} label="Description (optional)" defaultValue={values?.description ?? tier?.description} error={state.fieldErrors?.description} />
      <FormMessage state={state} />
      <SubmitButton>{tier ? "Save tier" : "Add tier"}</SubmitButton>
    </form>
  );
}
