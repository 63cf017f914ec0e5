"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ScrollBox } from "@/components/ui/scroll-box";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { importFileSizeProblem } from "@/lib/csv/upload-size";
import { count } from "@/lib/count";
import type { PeopleImportPreview, PreviewRow } from "@/lib/people/import-people";

type ImportState = FormState & { preview?: PeopleImportPreview };
type ImportAction = (state: ImportState, formData: FormData) => Promise<ImportState>;
type Outcome = { kind: "error"; message: string; problems: string[] } | { kind: "done"; message: string } | null;

const KIND_WORDS: Record<PreviewRow["kind"], string> = { add: "Add", update: "Update", unchanged: "No change", skip: "Skip" };

/** What the rows would do, in a sentence: "12 rows: 2 to add, 1 to update, 8 unchanged, 1 skipped." */
function countsText(preview: PeopleImportPreview): string {
  const skipped = preview.skipped ? `, ${preview.skipped} skipped` : "";
  return `${count(preview.rows, "row")}: ${preview.added} to add, ${preview.updated} to update, ${preview.unchanged} unchanged${skipped}.`;
}

/** A refusal's problems, each by row and column, in the file's order. */
const problemsOf = (state: FormState) => Object.entries(state.fieldErrors ?? {}).flatMap(([key, message]) => (key.startsWith("import.") ? [message] : []));

/**
 * Imports a CSV file into the People register in two steps: the file is previewed (what it would
 * add, update, leave and skip, or every problem by row and column), and only "Import n people"
 * writes, with the preview's fingerprint, so nothing is written that the user has not seen. The
 * form is submitted from its events, not its action prop, so that the chosen file stays in it
 * for the confirmation; while it holds a file, leaving the page asks first (the unsaved-changes
 * guard, docs/decisions/0029). The focus moves to the preview when it comes and to the outcome
 * after confirming, as the recovery imports do: the button pressed may be gone.
 */
export function PeopleImportPanel({ previewAction, importAction }: { previewAction: ImportAction; importAction: ImportAction }) {
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const guarded = useRef<HTMLDivElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<PeopleImportPreview | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  useUnsavedChanges(guarded, IDLE);
  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (outcome) outcomeBox.current?.focus();
  }, [outcome]);

  const refuse = (state: FormState) => {
    setOutcome({ kind: "error", message: state.message ?? "Nothing was imported.", problems: problemsOf(state) });
    setFileError(state.fieldErrors?.file ?? null);
  };

  const clear = () => {
    setPreview(null);
    setOutcome(null);
    setFileError(null);
  };

  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const file = fileInput.current?.files?.[0];
    // Checked before sending: a file over the server actions' body limit would never reach the import to be told why.
    const problem = file ? importFileSizeProblem(file.size) : "Choose a CSV file first.";
    clear();
    if (problem) {
      setFileError(problem);
      fileInput.current?.focus();
      return;
    }
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const state = await previewAction(IDLE, data);
      if (state.preview) setPreview(state.preview);
      else refuse(state);
    });
  };

  const onConfirm = () => {
    if (pending || !preview || !form.current) return;
    const data = new FormData(form.current);
    data.set("fingerprint", preview.fingerprint);
    startTransition(async () => {
      const state = await importAction(IDLE, data);
      setPreview(null);
      if (state.status === "ok") {
        form.current?.reset();
        setOutcome({ kind: "done", message: state.message ?? "Imported." });
      } else refuse(state);
    });
  };

  const onCancel = () => {
    if (pending) return;
    form.current?.reset();
    clear();
    fileInput.current?.focus();
  };

  const changes = preview ? preview.added + preview.updated : 0;
  return (
    <form ref={form} onSubmit={onPreview} aria-label="Import from CSV" className="space-y-3" noValidate>
      <div ref={guarded} className="space-y-3">
        <p className="text-sm text-slate-700">
          To add or update many people at once, download the register (or the template), fill it in a spreadsheet and import it here. A row with
          a Continuity ID updates that person, unless someone changed them since the download; a row without one updates the person with its
          e-mail, or adds a person. You see what the file would do before anything is saved, and an import never deletes anyone.
        </p>
        <p className="text-sm">
          <a href="/people/template" download className="text-blue-700 underline">
            Download the template
          </a>{" "}
          <span className="text-slate-600">(the columns, with no rows)</span>
        </p>
        <div>
          <label htmlFor="people-import-file" className="block text-sm font-medium text-slate-800">
            CSV file
          </label>
          <input
            ref={fileInput}
            id="people-import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            onChange={clear}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "people-import-file-hint people-import-file-error" : "people-import-file-hint"}
            className="mt-1 block max-w-full text-sm"
          />
          <p id="people-import-file-hint" className="mt-1 text-xs text-slate-500">
            UTF-8, up to 2 MB, comma or semicolon separated; the first row names the columns as the template does (only Name is required).
          </p>
          {fileError ? (
            <p id="people-import-file-error" className="mt-1 text-sm text-red-700">
              {fileError}
            </p>
          ) : null}
        </div>
      </div>
      {/* aria-disabled, not disabled: the button keeps the focus while it works. */}
      <Button type="submit" variant="secondary" aria-disabled={pending}>
        {pending && !preview ? "Checking the file…" : "Preview import"}
      </Button>

      {outcome?.kind === "error" ? (
        <div ref={outcomeBox} tabIndex={-1} role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
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
      {outcome?.kind === "done" ? (
        <div ref={outcomeBox} tabIndex={-1} role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {outcome.message}
        </div>
      ) : null}

      {preview ? (
        <section aria-labelledby="people-preview-heading" className="space-y-3 rounded-lg border border-slate-200 p-3">
          <h3 id="people-preview-heading" ref={previewHeading} tabIndex={-1} className="font-semibold">
            Preview of {preview.fileName}
          </h3>
          <p className="text-sm">{countsText(preview)}</p>
          <ScrollBox>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">What the import would do, row by row</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-1 pr-2">
                    Row
                  </th>
                  <th scope="col" className="pr-2">
                    Person
                  </th>
                  <th scope="col">What happens</th>
                </tr>
              </thead>
              <tbody>
                {preview.entries.map((entry) => (
                  <tr key={entry.row} className="border-b border-slate-100 align-top">
                    <td className="py-1 pr-2 tabular-nums">{entry.row}</td>
                    <th scope="row" className="pr-2 font-medium">
                      {entry.name}
                    </th>
                    <td>
                      <span className="font-medium">{KIND_WORDS[entry.kind]}</span>
                      {entry.details.length > 0 ? (
                        <ul className="text-slate-700">
                          {entry.details.map((detail) => (
                            <li key={detail}>{detail}</li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {preview.moreEntries ? <p className="text-sm text-slate-600">…and {count(preview.moreEntries, "more row")}.</p> : null}
          {changes === 0 ? <p className="text-sm">Nothing to import: the register already holds what this file says.</p> : null}
          <div className="flex flex-wrap gap-2">
            {changes > 0 ? (
              <Button type="button" onClick={onConfirm} aria-disabled={pending}>
                {pending ? "Importing…" : `Import ${count(changes, "person", "people")}`}
              </Button>
            ) : null}
            <Button type="button" variant="secondary" onClick={onCancel} aria-disabled={pending}>
              Cancel
            </Button>
          </div>
        </section>
      ) : null}
    </form>
  );
}
