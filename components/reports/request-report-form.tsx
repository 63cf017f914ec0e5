"use client";

import { useActionState, useState } from "react";
import { IDLE, formKey, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/** The export dialog: which version, and whether to append the audit trail of a period. */
export function RequestReportForm({
  action,
  planId,
  versions,
  defaultVersion,
}: {
  action: FormAction;
  planId: string;
  versions: { value: string; label: string }[];
  defaultVersion: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const [withAudit, setWithAudit] = useState(typed?.includeAudit === "on");
  return (
    <form action={formAction} className="space-y-4" noValidate key={formKey(state, "report")}>
      <input type="hidden" name="planId" value={planId} />
      <div className="max-w-md">
        <SelectField name="version" label="Version" options={versions} defaultValue={typed?.version ?? defaultVersion} error={state.fieldErrors?.version} hint="The approved version is offered first; the current draft is watermarked DRAFT." />
      </div>
      <div className="flex items-center gap-2">
        <input id="includeAudit" name="includeAudit" type="checkbox" className="h-4 w-4" defaultChecked={withAudit} onChange={(e) => setWithAudit(e.target.checked)} />
        <label htmlFor="includeAudit" className="text-sm font-medium text-slate-800">
          Append the audit trail of a period
        </label>
      </div>
      {withAudit ? (
        <div className="flex flex-wrap gap-4">
          <TextField name="auditFrom" label="From" type="date" defaultValue={typed?.auditFrom} error={state.fieldErrors?.auditFrom} />
          <TextField name="auditTo" label="To" type="date" defaultValue={typed?.auditTo} error={state.fieldErrors?.auditTo} />
        </div>
      ) : null}
      <SubmitButton pendingText="Requesting…">Generate PDF report</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
