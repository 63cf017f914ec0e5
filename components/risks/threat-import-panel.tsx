"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ScrollBox } from "@/components/ui/scroll-box";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { count } from "@/lib/count";
import { importFileSizeProblem } from "@/lib/csv/upload-size";
import { IDLE, type FormState } from "@/lib/http/form-state";
import type { ThreatImportPreview } from "@/lib/risks/import-threats";

type PreviewAction = (state: FormState, formData: FormData) => Promise<FormState & { preview?: ThreatImportPreview }>;
type ApplyAction = (state: FormState, formData: FormData) => Promise<FormState>;
type Outcome = { ok: boolean; message: string; problems: string[] } | null;

/**
 * Imports threats from a CSV file in two steps (docs/decisions/0057): Preview shows what the file
 * would add and update, field by field, how many rows already match, and what it does not import;
 * "Import n threats" applies exactly that (the preview's fingerprint), or every problem of the
 * file is listed by row and column. A chosen file is unsaved work: leaving asks first until it is
 * imported or cancelled. The steps, focus and messages are the BIA import panel's.
 */
export function ThreatImportPanel({ planId, previewAction, applyAction, templateHref }: { planId: string; previewAction: PreviewAction; applyAction: ApplyAction; templateHref: string }) {
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);
  const [busy, startTransition] = useTransition();
  const [preview, setPreview] = useState<ThreatImportPreview | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // The guard weighs the file field against what it held when the panel appeared or last settled.
  const [settled, setSettled] = useState<Pick<FormState, "status">>(IDLE);
  useUnsavedChanges(form, settled);
  // The button pressed may be gone: focus goes to what the press produced, read out on arrival.
  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (outcome) outcomeBox.current?.focus();
  }, [outcome]);

  const refused = (state: FormState) => {
    const errors = state.fieldErrors ?? {};
    const problems = Object.entries(errors).filter(([key]) => key.startsWith("import.")).map(([, text]) => text);
    setFileError(errors.file ?? null);
    setOutcome({ ok: false, message: state.message ?? "Nothing was imported.", problems });
  };

  const submit = (mode: "preview" | "apply") => {
    const file = fileInput.current?.files?.[0];
    setOutcome(null);
    const problem = file ? importFileSizeProblem(file.size) : "Choose a CSV file first.";
    if (problem) {
      setFileError(problem);
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    const data = new FormData(form.current ?? undefined);
    if (mode === "apply" && preview) data.set("fingerprint", preview.fingerprint);
    startTransition(async () => {
      if (mode === "preview") {
        const state = await previewAction(IDLE, data);
        if (state.status === "ok" && state.preview) setPreview(state.preview);
        else refused(state);
        return;
      }
      const state = await applyAction(IDLE, data);
      setPreview(null);
      if (state.status !== "ok") return refused(state);
      setOutcome({ ok: true, message: state.message ?? "Imported.", problems: [] });
      if (fileInput.current) fileInput.current.value = "";
      setSettled({ status: "ok" });
    });
  };

  const cancel = () => {
    setPreview(null);
    setOutcome(null);
    setFileError(null);
    if (fileInput.current) {
      fileInput.current.value = "";
      fileInput.current.focus();
    }
    setSettled({ status: "ok" });
  };

  const changed = preview ? preview.added + preview.updated : 0;
  return (
    <form ref={form} aria-label="Import threats from CSV" className="space-y-3" noValidate onSubmit={(e) => e.preventDefault()}>
      <input type="hidden" name="planId" value={planId} />
      <p className="text-sm text-slate-700">
        Download the threats (or the <a href={templateHref} className="text-blue-700 underline" download>empty template</a>), edit them in a spreadsheet and import
        them back. A row with a Continuity ID updates that threat (unless someone changed it since your download); a row without one updates the threat
        of the same name, or adds one. Ratings are 1 to 5 or their words (“3 – Possible”); owners are people of the register, by name or e-mail. A
        column left out of the file leaves that field as it is; threats not in the file are left alone, and scenarios are linked on their own pages.
      </p>
      <div>
        <label htmlFor="threat-import-file" className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          ref={fileInput}
          id="threat-import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          onChange={() => {
            setPreview(null);
            setOutcome(null);
            setFileError(null);
          }}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "threat-import-file-hint threat-import-file-error" : "threat-import-file-hint"}
          className="mt-1 block max-w-full text-sm"
        />
        <p id="threat-import-file-hint" className="mt-1 text-xs text-slate-500">
          UTF-8, up to 2 MB, comma or semicolon separated. If any row has a problem, nothing is imported.
        </p>
        {fileError ? (
          <p id="threat-import-file-error" className="mt-1 text-sm text-red-700">
            {fileError}
          </p>
        ) : null}
      </div>
      {/* aria-disabled, not disabled: the button keeps the focus while it works. */}
      <Button type="button" variant="secondary" onClick={() => !busy && submit("preview")} aria-disabled={busy}>
        {busy && !preview ? "Checking…" : "Preview import"}
      </Button>

      {outcome ? (
        <div ref={outcomeBox} tabIndex={-1} role={outcome.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${outcome.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>
          <p>{outcome.message}</p>
          {outcome.problems.length > 0 ? (
            <ul aria-label="Problems in the file" className="mt-1 list-disc space-y-1 pl-5">
              {outcome.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {preview ? (
        <section aria-labelledby="threat-preview-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="threat-preview-heading" ref={previewHeading} tabIndex={-1} className="font-semibold">
            Preview of {preview.fileName}
          </h3>
          <p className="text-sm" data-testid="threat-import-summary">
            {count(preview.rows, "row")}: {preview.added} to add, {preview.updated} to update, {preview.unchanged} unchanged
            {preview.unchanged ? " (the same as the register: skipped)" : ""}.
          </p>
          {changed === 0 ? (
            <p className="text-sm">No changes: the threat register already matches this file.</p>
          ) : (
            <>
              <ScrollBox>
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Changes the import would make</caption>
                  <thead>
                    <tr className="border-b border-slate-200">
                      <th scope="col" className="py-1 pr-2">Row</th>
                      <th scope="col" className="pr-2">Threat</th>
                      <th scope="col" className="pr-2">Action</th>
                      <th scope="col" className="column-prose">Changes</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.changes.map((c) => (
                      <tr key={c.row} className="border-b border-slate-100 align-top">
                        <td className="py-1 pr-2">{c.row}</td>
                        <th scope="row" className="pr-2 font-medium">{c.name}</th>
                        <td className="pr-2">{c.kind === "add" ? "Add" : "Update"}</td>
                        <td>{c.changes.map((f) => (c.kind === "add" ? `${f.label}: ${f.to}` : `${f.label}: ${f.from} → ${f.to}`)).join("; ")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
              {preview.moreChanges ? <p className="text-sm text-slate-600">…and {preview.moreChanges} more.</p> : null}
            </>
          )}
          {preview.notes.length > 0 ? (
            <ul aria-label="Not imported" className="list-disc space-y-1 pl-5 text-sm text-amber-900">
              {preview.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
          <div className="flex gap-2">
            {changed > 0 ? (
              <Button type="button" onClick={() => !busy && submit("apply")} aria-disabled={busy}>
                {busy ? "Importing…" : `Import ${count(changed, "threat")}`}
              </Button>
            ) : null}
            <Button type="button" variant="secondary" onClick={() => !busy && cancel()} aria-disabled={busy}>
              Cancel
            </Button>
          </div>
        </section>
      ) : null}
    </form>
  );
}
