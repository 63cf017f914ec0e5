"use client";

import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { THREAT_CATEGORIES, THREAT_CATEGORY_LABELS } from "@/lib/risks/schemas";
import { IMPACT_LABELS, LIKELIHOOD_LABELS, RATINGS } from "@/lib/risks/scoring";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { personOptions } from "@/components/committee/person-options";
import { VersionField } from "@/components/ui/version-field";

type Threat = {
  id: string;
  version: number;
  category: string;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  existingControls: string;
  mitigation: string;
  ownerId: string | null;
  residualLikelihood: number | null;
  residualImpact: number | null;
};

const ratingOptions = (labels: Record<number, string>) => RATINGS.map((r) => ({ value: String(r), label: `${r} – ${labels[r]}` }));
const optionalRatingOptions = (labels: Record<number, string>) => [{ value: "", label: "Not rated yet" }, ...ratingOptions(labels)];

/** Adds a threat to the register, or edits one (with the version it started from). */
export function ThreatForm({
  action,
  planId,
  people,
  threat,
}: {
  action: FormAction;
  planId: string;
  people: { id: string; name: string; jobTitle: string }[];
  threat?: Threat;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const value = (field: keyof Threat) => values?.[field] ?? (threat?.[field] === null || threat?.[field] === undefined ? undefined : String(threat[field]));
  const errors = state.fieldErrors ?? {};
  const key = formKey(state, threat ? `v${threat.version}` : "new");
  return (
    <form action={formAction} className="space-y-3" aria-label={threat ? "Edit threat" : "Add a threat"} noValidate key={key}>
      <input type="hidden" name="planId" value={planId} />
      {threat ? (
        <>
          <input type="hidden" name="threatId" value={threat.id} />
          <VersionField version={threat.version} state={state} />
        </>
      ) : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <TextField id="threat-title" name="title" label="Threat" required defaultValue={value("title")} error={errors.title} />
        <SelectField
          id="threat-category"
          name="category"
          label="Category"
          required
          defaultValue={value("category") ?? "technical"}
          error={errors.category}
          options={THREAT_CATEGORIES.map((c) => ({ value: c, label: THREAT_CATEGORY_LABELS[c] }))}
        />
      </div>
      <TextAreaField id="threat-description" name="description" label="Description (optional)" rows={2} defaultValue={value("description")} error={errors.description} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField id="threat-likelihood" name="likelihood" label="Likelihood" required defaultValue={value("likelihood") ?? "3"} error={errors.likelihood} options={ratingOptions(LIKELIHOOD_LABELS)} />
        <SelectField id="threat-impact" name="impact" label="Impact" required defaultValue={value("impact") ?? "3"} error={errors.impact} options={ratingOptions(IMPACT_LABELS)} />
      </div>
      <TextAreaField id="threat-controls" name="existingControls" label="Existing controls (optional)" rows={2} defaultValue={value("existingControls")} error={errors.existingControls} />
      <TextAreaField id="threat-mitigation" name="mitigation" label="Mitigation (optional)" rows={2} defaultValue={value("mitigation")} error={errors.mitigation} />
      <SelectField id="threat-owner" name="ownerId" label="Owner (optional)" defaultValue={value("ownerId") ?? ""} error={errors.ownerId} options={personOptions(people, "No owner yet")} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          id="threat-residual-likelihood"
          name="residualLikelihood"
          label="Residual likelihood (optional)"
          defaultValue={value("residualLikelihood") ?? ""}
          error={errors.residualLikelihood}
          options={optionalRatingOptions(LIKELIHOOD_LABELS)}
        />
        <SelectField
          id="threat-residual-impact"
          name="residualImpact"
          label="Residual impact (optional)"
          defaultValue={value("residualImpact") ?? ""}
          error={errors.residualImpact}
          options={optionalRatingOptions(IMPACT_LABELS)}
          hint="After the mitigation is in place."
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton>{threat ? "Save threat" : "Add threat"}</SubmitButton>
    </form>
  );
}
