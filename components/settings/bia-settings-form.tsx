"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { durationInput } from "@/lib/durations";
import { IMPACT_RATINGS, RATING_LABELS, type ImpactCategory, type ImpactRating } from "@/lib/bia/impact";
import { categoriesFromValues } from "@/lib/settings/schemas";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";
import { ImpactCategoriesField } from "@/components/settings/impact-categories-field";

/**
 * Shown when a save would drop ratings: the box carries the lengths as submitted, so the next save
 * goes ahead only if the field still says what the warning was about (the server compares them).
 */
function ConfirmRemoval({ message, horizons }: { message: string; horizons: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <p id="confirmRemoval-error" className="text-sm text-amber-900">
        {message}
      </p>
      <label className="mt-2 flex items-start gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" id="confirmRemoval" name="confirmRemoval" value={horizons} className="mt-1" aria-invalid aria-describedby="confirmRemoval-error" />
        Drop these ratings and save the new outage lengths
      </label>
    </div>
  );
}

export function BiaSettingsForm({
  action,
  horizons,
  categories,
  ratedFunctions,
  intolerableRating,
  version,
}: {
  action: FormAction;
  horizons: number[];
  categories: ImpactCategory[];
  /** How many functions rate each category (by key), said before one is removed. */
  ratedFunctions: Record<string, number>;
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
        required
        defaultValue={values?.horizons ?? horizons.map(durationInput).join(", ")}
        error={state.fieldErrors?.horizons}
        hint="Separated by commas, e.g. 1h, 4h, 1d, 3d, 1w, 2w. Removing a length that holds ratings asks you to confirm first."
      />
      {state.fieldErrors?.confirmRemoval && values ? (
        <ConfirmRemoval message={state.fieldErrors.confirmRemoval} horizons={values.horizons ?? ""} />
      ) : null}
      <ImpactCategoriesField initial={values ? categoriesFromValues(values) : categories} ratedFunctions={ratedFunctions} errors={state.fieldErrors ?? {}} />
      <SelectField
        name="intolerableRating"
        label="First intolerable rating"
        required
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
