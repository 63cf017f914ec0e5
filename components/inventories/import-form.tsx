"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { importFileSizeProblem } from "@/lib/inventories/schemas";
import { ID_COLUMN } from "@/lib/inventories/csv-rows";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * Uploads a CSV file into a register (adding rows, updating the items an export's rows came from);
 * lists every row and column the import refused. The file's
 * size is checked before sending: a file over the server actions' body limit would otherwise be
 * refused by Next before the import could say why.
 */
export function ImportForm({ action, planId, kind }: { action: FormAction; planId: string; kind: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const [sizeProblem, setSizeProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const problems = sizeProblem ? [] : Object.entries(state.fieldErrors ?? {}).filter(([key]) => key.startsWith("import."));
  const fileError = sizeProblem ?? state.fieldErrors?.file;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = fileInput.current?.files?.[0];
    const problem = file ? importFileSizeProblem(file.size) : null;
    setSizeProblem(problem);
    if (problem) {
      event.preventDefault();
      fileInput.current?.focus();
    }
  };
  return (
    <form action={formAction} onSubmit={onSubmit} aria-label="Import from CSV" className="mt-3 space-y-3" noValidate>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="kind" value={kind} />
      <p className="text-sm text-slate-700">
        To change many items at once, export the register, edit it in a spreadsheet and import it back. A row with a {ID_COLUMN} updates that
        item (unless someone changed it since your export); a row without one is added. Items not in the file are left as they are: an import
        never deletes.
      </p>
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          ref={fileInput}
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          onChange={() => setSizeProblem(null)}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
          className="mt-1 block max-w-full text-sm"
        />
        <p id="import-file-hint" className="mt-1 text-xs text-slate-500">
          UTF-8, up to 2 MB, first row naming the columns as in an export. If any row has a problem, nothing is imported.
        </p>
        {fileError ? (
          <p id="import-file-error" className="mt-1 text-sm text-red-700">
            {fileError}
          </p>
        ) : null}
      </div>
      {sizeProblem ? null : <FormMessage state={state} />}
      {problems.length > 0 ? (
        <ul aria-label="Problems in the file" className="list-disc space-y-1 pl-5 text-sm text-red-800">
          {problems.map(([key, message]) => (
            <li key={key}>{message}</li>
          ))}
        </ul>
      ) : null}
      <SubmitButton pendingText="Importing…" variant="secondary">
        Import
      </SubmitButton>
    </form>
  );
}
