"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { durationInput } from "@/lib/bia/durations";
import { IMPACT_RATINGS, RATING_LABELS, type ImpactRating } from "@/lib/bia/impact";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

export function BiaSettingsForm({
  action,
  horizons,
  intolerableRating,
  version,
}: {
  action: FormAction;
  horizons: number[];
  intolerableRating: ImpactRating;
  version: number;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="max-w-xl space-y-4" aria-labelledby="bia-settings-heading" noValidate key={formKey(state, `v${version}`)}>
      <h2 id="bia-settings-heading" className="text-lg font-semibold">
        Business impact analysis
      </h2>
      <VersionField version={version} state={state} />
      <TextField
        name="horizons"
        label="Outage lengths of the impact grid"
        defaultValue={values?.horizons ?? horizons.map(durationInput).join(", ")}
        error={state.fieldErrors?.horizons}
        hint="Separated by commas, e.g. 1h, 4h, 1d, 3d, 1w, 2w. Ratings at a length you remove no longer show or count."
      />
      <SelectField
        name="intolerableRating"
        label="First intolerable rating"
        defaultValue={values?.intolerableRating ?? intolerableRating}
        error={state.fieldErrors?.intolerableRating}
        hint="The suggested MTD is the first outage length at which any impact reaches this rating."
        options={IMPACT_RATINGS.filter((r) => r !== "none").map((r) => ({ value: r, label: RATING_LABELS[r] }))}
      />
      <FormMessage state={state} />
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
