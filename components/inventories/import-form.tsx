"use client";

import { useActionState, useEffect, useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { IDLE } from "@/lib/http/form-state";
import { importFileSizeProblem } from "@/lib/csv/upload-size";
import { ID_COLUMN } from "@/lib/inventories/csv-rows";
import type { ImportFormState, ItemImportPreview, PreviewChange } from "@/lib/inventories/import-preview";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ScrollBox } from "@/components/ui/scroll-box";

type ImportAction = (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
type Intent = "preview" | "apply";

/** A row's fields in words: "Limit of indemnity £750,000; Expiry date 30 Apr 2028", or "Excess — → £1,000" for an update. */
function changeWords(change: PreviewChange): string {
  return change.fields.map((f) => (f.from === null ? `${f.label} ${f.to}` : `${f.label} ${f.from} → ${f.to}`)).join("; ");
}

function PreviewSection({
  preview,
  pending,
  importing,
  headingRef,
  onCancel,
}: {
  preview: ItemImportPreview;
  pending: boolean;
  importing: boolean;
  headingRef: React.Ref<HTMLHeadingElement>;
  onCancel: () => void;
}) {
  const changing = preview.added + preview.updated;
  return (
    <section aria-labelledby="import-preview-heading" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h3 id="import-preview-heading" ref={headingRef} tabIndex={-1} className="font-semibold">
        Preview of {preview.fileName}
      </h3>
      <p className="text-sm" data-testid="import-summary">
        {preview.summary}
      </p>
      {preview.notes.length ? (
        <ul className="list-disc pl-5 text-sm text-slate-700" aria-label="Left out of the file">
          {preview.notes.map((note) => <li key={note}>{note}</li>)}
        </ul>
      ) : null}
      {preview.skips.length ? (
        <ul className="list-disc pl-5 text-sm text-amber-900" aria-label="Skipped rows">
          {preview.skips.map((skip) => <li key={skip}>{skip}</li>)}
        </ul>
      ) : null}
      {changing === 0 ? (
        <p role="status" className="text-sm">
          No changes: the register already holds everything in this file, so there is nothing to import.
        </p>
      ) : (
        <>
          <ScrollBox>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Rows the import would add or update</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-1 pr-3">Row</th>
                  <th scope="col" className="pr-3">Item</th>
                  <th scope="col" className="pr-3">Action</th>
                  <th scope="col" className="column-prose">Values</th>
                </tr>
              </thead>
              <tbody>
                {preview.changes.map((change) => (
                  <tr key={change.row} className="border-b border-slate-100 align-top">
                    <td className="py-1 pr-3 tabular-nums">{change.row}</td>
                    <th scope="row" className="pr-3 font-medium">{change.label || "(no label)"}</th>
                    <td className="pr-3">{change.action === "add" ? "Add" : "Update"}</td>
                    <td>{changeWords(change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {preview.moreChanges ? <p className="text-sm text-slate-600">…and {preview.moreChanges} more.</p> : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="intent" value="apply" aria-disabled={pending}>
              {importing ? "Importing…" : "Confirm import"}
            </Button>
            <Button type="button" variant="secondary" aria-disabled={pending} onClick={() => !pending && onCancel()}>
              Cancel
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * Imports a CSV file into a register in two steps, as the recovery imports do: "Preview import"
 * checks the file and shows what it would add, update, leave unchanged and skip (or every row and
 * column it refuses); "Confirm import" imports exactly that, or nothing if the register changed
 * in between. The form is submitted from its submit event, so the chosen file stays chosen
 * between the two steps. The file's size is checked before sending: a file over the server
 * actions' body limit would otherwise be refused by Next before the import could say why.
 */
export function ImportForm({ preview: previewAction, apply: applyAction, planId, kind }: { preview: ImportAction; apply: ImportAction; planId: string; kind: string }) {
  // The actions do not read the previous state: it is not sent back to the server with its preview.
  const [state, dispatch] = useActionState<ImportFormState, FormData>(
    (_previous, formData) => (formData.get("intent") === "apply" ? applyAction(IDLE, formData) : previewAction(IDLE, formData)),
    IDLE,
  );
  const [pending, startTransition] = useTransition();
  const [intent, setIntent] = useState<Intent>("preview");
  const [sizeProblem, setSizeProblem] = useState<string | null>(null);
  // The outcome whose preview was set aside (another file chosen, or Cancel).
  const [dismissed, setDismissed] = useState<ImportFormState | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const preview = state.preview && dismissed !== state ? state.preview : null;
  // The preview says the counts itself; the message would say them twice.
  const outcome = useMemo(() => (state.preview ? { ...state, message: undefined } : state), [state]);
  const problems = sizeProblem ? [] : Object.entries(state.fieldErrors ?? {}).filter(([key]) => key.startsWith("import."));
  const fileError = sizeProblem ?? state.fieldErrors?.file;

  // The button pressed may be gone (Confirm goes with the preview): focus goes to the preview.
  useEffect(() => {
    if (state.preview) previewHeading.current?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const chosen: Intent = submitter?.getAttribute("value") === "apply" && preview ? "apply" : "preview";
    const file = fileInput.current?.files?.[0];
    const problem = file ? importFileSizeProblem(file.size) : null;
    setSizeProblem(problem);
    if (problem) {
      fileInput.current?.focus();
      return;
    }
    const data = new FormData(event.currentTarget);
    data.set("intent", chosen);
    if (chosen === "apply" && preview) data.set("fingerprint", preview.fingerprint);
    setIntent(chosen);
    startTransition(() => dispatch(data));
  };

  return (
    <form onSubmit={onSubmit} aria-label="Import from CSV" className="mt-3 space-y-3" noValidate>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="kind" value={kind} />
      <p className="text-sm text-slate-700">
        To change many items at once, export the register, edit it in a spreadsheet and import it back. A row with a {ID_COLUMN} updates that
        item (unless someone changed it since your export); a row without one is added, unless the register already holds an identical item.
        Items not in the file are left as they are: an import never deletes. You see what the file would change before anything is imported.
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
          onChange={() => {
            setSizeProblem(null);
            setDismissed(state);
          }}
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
      {sizeProblem ? null : <FormMessage state={outcome} />}
      {problems.length > 0 ? (
        <ul aria-label="Problems in the file" className="list-disc space-y-1 pl-5 text-sm text-red-800">
          {problems.map(([key, message]) => (
            <li key={key}>{message}</li>
          ))}
        </ul>
      ) : null}
      <Button type="submit" name="intent" value="preview" variant="secondary" aria-disabled={pending}>
        {pending && intent === "preview" ? "Checking…" : "Preview import"}
      </Button>
      {preview ? (
        <PreviewSection
          preview={preview}
          pending={pending}
          importing={pending && intent === "apply"}
          headingRef={previewHeading}
          onCancel={() => {
            setDismissed(state);
            fileInput.current?.focus();
          }}
        />
      ) : null}
    </form>
  );
}
