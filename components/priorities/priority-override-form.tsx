"use client";

import { useState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { useKeptForm } from "@/components/bia/use-kept-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

type FunctionOption = {
  id: string;
  name: string;
  version: number;
  rank: number;
  manualRank: number | null;
  tierId: string | null;
  manualRankReason: string;
};

/**
 * Sets a function's rank and/or tier by hand; the reason is required and audited. The fields
 * start from the chosen function's current override, so saving a new reason keeps its rank and
 * tier; going back to the computed priority is the list's explicit Clear button.
 */
export function PriorityOverrideForm({
  action,
  planId,
  functions,
  tiers,
}: {
  action: FormAction;
  planId: string;
  functions: FunctionOption[];
  tiers: { id: string; name: string }[];
}) {
  const { state, pending, onSubmit } = useKeptForm(action);
  const [functionId, setFunctionId] = useState(state.values?.functionId ?? functions[0]?.id ?? "");
  const selected = functions.find((f) => f.id === functionId);
  // What a refused save submitted belongs to the function it was for, not to another one chosen since.
  const ownState = state.values?.functionId === functionId ? state : IDLE;
  const values = ownState.status === "error" ? ownState.values : undefined;
  const errors = ownState.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-labelledby="override-heading" noValidate>
      <h2 id="override-heading" className="text-lg font-semibold">
        Override a priority
      </h2>
      <p className="text-sm text-slate-600">To go back to the computed priority, use Clear beside the function in the list.</p>
      <input type="hidden" name="planId" value={planId} />
      <VersionField version={selected?.version ?? 0} state={ownState} />
      <SelectField
        name="functionId"
        id="override-function"
        label="Function"
        required
        value={functionId}
        onChange={(e) => setFunctionId(e.target.value)}
        error={state.fieldErrors?.functionId}
        options={functions.map((f) => ({ value: f.id, label: `${f.rank}. ${f.name}` }))}
      />
      {/* Remounted per function and per saved version, so the fields show that function's current override. */}
      <div key={`${functionId}:${selected?.version ?? 0}`} className="space-y-3">
        <TextField
          name="manualRank"
          id="override-rank"
          label="Rank"
          inputMode="numeric"
          defaultValue={values?.manualRank ?? (selected?.manualRank === null || !selected ? "" : String(selected.manualRank))}
          error={errors.manualRank}
        />
        <SelectField
          name="tierId"
          id="override-tier"
          label="Tier"
          defaultValue={values?.tierId ?? selected?.tierId ?? ""}
          error={errors.tierId}
          options={[{ value: "", label: "From its RTO" }, ...tiers.map((t) => ({ value: t.id, label: t.name }))]}
        />
        <TextAreaField
          name="manualRankReason"
          id="override-reason"
          label="Reason"
          required
          rows={2}
          defaultValue={values?.manualRankReason ?? selected?.manualRankReason ?? ""}
          error={errors.manualRankReason}
        />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Saving…" : "Save override"}
      </Button>
    </form>
  );
}
