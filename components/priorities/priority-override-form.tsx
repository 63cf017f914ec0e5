"use client";

import { useState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { useKeptForm } from "@/components/bia/use-kept-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

type FunctionOption = { id: string; name: string; version: number; rank: number };

/** Sets a function's rank and/or tier by hand; the reason is required and audited. */
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
  const values = state.status === "error" ? state.values : undefined;
  const [functionId, setFunctionId] = useState(values?.functionId ?? functions[0]?.id ?? "");
  const selected = functions.find((f) => f.id === functionId);
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-labelledby="override-heading" noValidate>
      <h2 id="override-heading" className="text-lg font-semibold">
        Override a priority
      </h2>
      <p className="text-sm text-slate-600">Leave rank and tier empty to go back to the computed priority.</p>
      <input type="hidden" name="planId" value={planId} />
      {/* A refused save's version belongs to the function it was for, not to another one chosen since. */}
      <VersionField version={selected?.version ?? 0} state={values?.functionId === functionId ? state : IDLE} />
      <SelectField
        name="functionId"
        id="override-function"
        label="Function"
        value={functionId}
        onChange={(e) => setFunctionId(e.target.value)}
        error={state.fieldErrors?.functionId}
        options={functions.map((f) => ({ value: f.id, label: `${f.rank}. ${f.name}` }))}
      />
      <TextField name="manualRank" id="override-rank" label="Rank" inputMode="numeric" defaultValue={values?.manualRank} error={state.fieldErrors?.manualRank} />
      <SelectField
        name="tierId"
        id="override-tier"
        label="Tier"
        defaultValue={values?.tierId ?? ""}
        error={state.fieldErrors?.tierId}
        options={[{ value: "", label: "From its RTO" }, ...tiers.map((t) => ({ value: t.id, label: t.name }))]}
      />
      <TextAreaField name="manualRankReason" id="override-reason" label="Reason" rows={2} defaultValue={values?.manualRankReason} error={state.fieldErrors?.manualRankReason} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Saving…" : "Save override"}
      </Button>
    </form>
  );
}
