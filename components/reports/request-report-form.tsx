"use client";

import { useActionState, useState } from "react";
import { IDLE, formKey, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * The export dialog: which version, and whether to append the audit trail of a period (offered
 * only to roles that may read the audit log; the server refuses it to the others).
 */
export function RequestReportForm({
  action,
  planId,
  versions,
  defaultVersion,
  canAppendAudit,
}: {
  action: FormAction;
  planId: string;
  versions: { value: string; label: string }[];
  defaultVersion: string;
  canAppendAudit: boolean;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const [withAudit, setWithAudit] = useState(typed?.includeAudit === "on");
  return (
    <form action={formAction} className="space-y-4" aria-label="Request a report" noValidate key={formKey(state, "report")}>
      <input type="hidden" name="planId" value={planId} />
      <div className="max-w-md">
        <SelectField name="version" label="Version" required options={versions} defaultValue={typed?.version ?? defaultVersion} error={state.fieldErrors?.version} hint="The approved version is offered first; the current draft is watermarked DRAFT." />
      </div>
      {canAppendAudit ? (
        <div className="flex items-center gap-2">
          <input
            id="includeAudit"
            name="includeAudit"
            type="checkbox"
            className="h-4 w-4"
            defaultChecked={withAudit}
            onChange={(e) => setWithAudit(e.target.checked)}
            aria-invalid={state.fieldErrors?.includeAudit ? true : undefined}
            aria-describedby="includeAudit-hint"
          />
          <label htmlFor="includeAudit" className="text-sm font-medium text-slate-800">
            Append the audit trail of a period
          </label>
          <span id="includeAudit-hint" className="text-sm text-slate-600">
            (the audit log&apos;s entries about this plan and its records)
          </span>
        </div>
      ) : null}
      {state.fieldErrors?.includeAudit ? (
        <p role="alert" className="text-sm text-red-700">
          {state.fieldErrors.includeAudit}
        </p>
      ) : null}
      {canAppendAudit && withAudit ? (
        <div className="flex flex-wrap gap-4">
          <TextField name="auditFrom" label="From" type="date" required defaultValue={typed?.auditFrom} error={state.fieldErrors?.auditFrom} />
          <TextField name="auditTo" label="To" type="date" required defaultValue={typed?.auditTo} error={state.fieldErrors?.auditTo} />
        </div>
      ) : null}
      <SubmitButton pendingText="Requesting…">Generate PDF report</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
