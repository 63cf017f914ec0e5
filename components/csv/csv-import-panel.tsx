"use client";

import { useEffect, useId, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { importFileSizeProblem } from "@/lib/csv/upload-size";
import { IDLE, type FormState } from "@/lib/http/form-state";

/** What every import's preview says: the file read, how many rows it would add and update, and the fingerprint its confirmation sends back. */
export type CsvImportPreview = { fileName: string; fingerprint: string; added: number; updated: number };

/** Checks the form's file and says what it would change (`preview`), or refuses it; writes nothing. */
export type CsvPreviewAction<P extends CsvImportPreview> = (state: FormState, formData: FormData) => Promise<FormState & { preview?: P }>;

/** Writes exactly the previewed file (the form's fields plus `fingerprint`), or refuses and writes nothing. */
export type CsvImportAction = (state: FormState, formData: FormData) => Promise<FormState>;

export type CsvImportPanelProps<P extends CsvImportPreview> = {
  /** The form's accessible name, which the unsaved-changes question also calls it by. */
  label: string;
  /** Sent with both steps as hidden fields (a plan's id, a register's kind). */
  fields?: Record<string, string>;
  /** What an import does, above the file field. */
  intro: ReactNode;
  /** The file's format, under the file field (its description). */
  hint: string;
  previewAction: CsvPreviewAction<P>;
  importAction: CsvImportAction;
  /** The confirm button's words for the number of rows the file would add or update ("Import 3 people"). */
  confirmLabel: (changes: number) => string;
  /** The preview's body, between its heading ("Preview of people.csv") and its buttons. */
  renderPreview: (preview: P) => ReactNode;
  /** The preview button's words while the file is checked. */
  checkingLabel?: string;
};

type Outcome = { ok: boolean; message: string; problems: [string, string][]; atField: boolean };

/**
 * Imports a CSV file in two steps (docs/decisions/0047, 0048, 0050): "Preview import" sends the
 * file and shows what it would add and update, or every problem by row and column; the confirm
 * button sends it again with the preview's fingerprint, so exactly what was seen is written or
 * nothing is. The form is submitted from its events, not its action prop, so the chosen file
 * stays in it for the confirmation. The file's size is checked before sending: a file over the
 * server actions' body limit would be refused by Next before the import could say why.
 *
 * A chosen file is unsaved work (docs/decisions/0029): leaving asks first until it is imported or
 * cancelled, which empty the form back to how it started. The button pressed may be gone, so
 * the focus goes to what the press produced: the preview's heading, the outcome, or, when the
 * file itself was refused, the file field whose description says why (as FormMessage does for
 * a refused field).
 */
export function CsvImportPanel<P extends CsvImportPreview>({
  label,
  fields = {},
  intro,
  hint,
  previewAction,
  importAction,
  confirmLabel,
  renderPreview,
  checkingLabel = "Checking…",
}: CsvImportPanelProps<P>) {
  const id = useId();
  const fileId = `${id}-file`;
  const hintId = `${id}-file-hint`;
  const errorId = `${id}-file-error`;
  const headingId = `${id}-preview-heading`;
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  useUnsavedChanges(form, IDLE);
  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (outcome) (outcome.atField ? fileInput.current : outcomeBox.current)?.focus();
  }, [outcome]);

  const refuse = (state: FormState) => {
    const errors = state.fieldErrors ?? {};
    const problems = Object.entries(errors).filter(([key]) => key.startsWith("import."));
    setFileError(errors.file ?? null);
    setOutcome({ ok: false, message: state.message ?? "Nothing was imported.", problems, atField: Boolean(errors.file) });
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
      if (state.status !== "ok") return refuse(state);
      form.current?.reset();
      setOutcome({ ok: true, message: state.message ?? "Imported.", problems: [], atField: false });
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
    <form ref={form} onSubmit={onPreview} aria-label={label} className="space-y-3" noValidate>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {intro}
      <div>
        <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          ref={fileInput}
          id={fileId}
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          onChange={clear}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
          className="mt-1 block max-w-full text-sm"
        />
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
        {fileError ? (
          <p id={errorId} className="mt-1 text-sm text-red-700">
            {fileError}
          </p>
        ) : null}
      </div>
      {/* aria-disabled, not disabled: the button keeps the focus while it works. */}
      <Button type="submit" variant="secondary" aria-disabled={pending}>
        {pending && !preview ? checkingLabel : "Preview import"}
      </Button>

      {outcome ? (
        <div ref={outcomeBox} tabIndex={-1} role={outcome.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${outcome.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>
          <p>{outcome.message}</p>
          {outcome.problems.length > 0 ? (
            <ul aria-label="Problems in the file" className="mt-1 list-disc space-y-1 pl-5">
              {outcome.problems.map(([key, problem]) => (
                <li key={key}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {preview ? (
        <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h3 id={headingId} ref={previewHeading} tabIndex={-1} className="font-semibold">
            Preview of {preview.fileName}
          </h3>
          {renderPreview(preview)}
          <div className="flex flex-wrap gap-2">
            {changes > 0 ? (
              <Button type="button" onClick={onConfirm} aria-disabled={pending}>
                {pending ? "Importing…" : confirmLabel(changes)}
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
