"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import type { ImportPreview } from "@/lib/recovery/imports/run-import";
import { ScrollBox } from "@/components/ui/scroll-box";
import { useUnsavedChanges } from "@/components/ui/use-unsaved-changes";
import { count } from "@/lib/count";
import { IDLE, type FormState } from "@/lib/http/form-state";

const FORMATS = [
  { value: "rvtools", label: "VM inventory: RVTools vInfo (CSV export)" },
  { value: "vms", label: "VM inventory: generic CSV (Hyper-V or anything else)" },
  { value: "restore-points", label: "Restore points: backup job report (CSV)" },
] as const;

type Progress = { label: string; done: number; total: number } | null;
type Outcome = { kind: "error"; message: string; errors: string[] } | { kind: "applied"; result: ImportPreview } | null;
type Message = { type: "progress"; phase: "checking" | "writing"; done: number; total: number } | { type: "result"; mode: "preview" | "apply"; result: ImportPreview } | { type: "error"; message: string; errors: string[] };

/**
 * Sends the file with XMLHttpRequest, which reports real upload progress, and reads the
 * server's NDJSON progress lines as they arrive (rows checked, rows written).
 */
function send(url: string, body: string, onProgress: (p: Progress) => void): Promise<Message> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let seen = 0;
    let last: Message | null = null;
    const read = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf("\n");
      if (end < seen) return;
      for (const line of text.slice(seen, end).split("\n").filter(Boolean)) {
        const message = JSON.parse(line) as Message;
        if (message.type === "progress") onProgress({ label: message.phase === "checking" ? "Rows checked" : "Changes written", done: message.done, total: message.total });
        else last = message;
      }
      seen = end + 1;
    };
    xhr.upload.onprogress = (e) => onProgress({ label: "Uploaded (KB)", done: Math.round(e.loaded / 1024), total: Math.round((e.lengthComputable ? e.total : e.loaded) / 1024) });
    xhr.onprogress = read;
    xhr.onload = () => {
      read();
      if (last) resolve(last);
      else reject(new Error(xhr.status === 401 ? "Your session has ended: sign in again." : "The server did not answer."));
    };
    xhr.onerror = () => reject(new Error("The upload failed: check the connection and try again."));
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", "text/csv; charset=utf-8");
    xhr.send(body);
  });
}

/**
 * The fields an import changes, as the VM facts form labels them (restore points keep theirs). A
 * host reads as the VM list shows it: the plan's host by key, or the name "(not linked)".
 */
const FIELD_WORDS: Record<string, string> = {
  host: "host",
  ramMiB: "memory (MiB)",
  usedGB: "used size (GB)",
  bootMinutes: "boot (min)",
  verifyMinutes: "verification (min)",
  priority: "priority",
  usableAt: "usable at",
  sizeGB: "size (GB)",
};

/** One row's changes in words. */
function changeWords(c: { kind: string; changes: { field: string; from: string; to: string }[] }): string[] {
  return c.changes.map((f) => {
    const field = FIELD_WORDS[f.field] ?? f.field;
    return c.kind === "create" ? `${field} ${f.to}` : `${field} ${f.from} → ${f.to}`;
  });
}

/** ", 2 repeats skipped" when rows repeated earlier ones, so the counts add up to the rows read. */
const repeatsText = (repeats: number) => (repeats ? `, ${count(repeats, "repeat")} skipped` : "");

function appliedText(result: Pick<ImportPreview, "fileName" | "creates" | "updates" | "unchanged" | "repeats" | "leftOut">): string {
  const text =
    result.creates + result.updates === 0
      ? "No changes: the plan already matches this file. Nothing was written."
      : `Imported ${result.fileName}: ${result.creates} created, ${result.updates} updated, ${result.unchanged} unchanged${repeatsText(result.repeats)}.`;
  return result.leftOut ? `${text} ${result.leftOut.note}` : text;
}

export function ImportPanel({ planId }: { planId: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<string>("rvtools");
  const [includePoweredOff, setIncludePoweredOff] = useState(false);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // No file chosen is a problem of the file field: said there, once, where the focus goes.
  const [fileError, setFileError] = useState<string | null>(null);
  // A chosen file, previewed or not, is work a stray click would lose: leaving asks first while the
  // file field holds another file than when the panel appeared or last settled (useUnsavedChanges),
  // which it does once its file is imported or the field is emptied. Each settling is a new state,
  // so the guard takes the field as it is then for its starting point.
  const [settled, setSettled] = useState<Pick<FormState, "status">>(IDLE);
  const settle = () => setSettled({ status: "ok" });
  useUnsavedChanges(form, settled);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);
  // The button pressed may be gone (Confirm goes with the preview): focus goes to what the press
  // produced, the preview or the outcome, which is read out on arrival.
  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (outcome) outcomeBox.current?.focus();
  }, [outcome]);

  const run = async (mode: "preview" | "apply") => {
    if (!file) {
      setOutcome(null);
      setFileError("Choose a CSV file first.");
      fileInput.current?.focus();
      return;
    }
    setBusy(true);
    setOutcome(null);
    setProgress({ label: "Uploaded (KB)", done: 0, total: Math.round(file.text.length / 1024) });
    const params = new URLSearchParams({ kind, mode, fileName: file.name });
    if (kind !== "restore-points" && includePoweredOff) params.set("includePoweredOff", "1");
    if (mode === "apply" && preview) params.set("fingerprint", preview.fingerprint);
    try {
      const message = await send(`/plans/${planId}/recovery/imports/run?${params}`, file.text, setProgress);
      if (message.type === "error") {
        setOutcome({ kind: "error", message: message.message, errors: message.errors });
        if (mode === "apply") setPreview(null);
      } else if (message.type === "result" && message.mode === "preview") {
        setPreview(message.result);
      } else if (message.type === "result") {
        setPreview(null);
        setOutcome({ kind: "applied", result: message.result });
        settle();
        router.refresh();
      }
    } catch (error) {
      setOutcome({ kind: "error", message: (error as Error).message, errors: [] });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setOutcome(null);
    setFileError(null);
    if (!chosen) settle();
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };

  const changed = preview ? preview.creates + preview.updates : 0;
  return (
    <div className="space-y-4">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="kind" value={f.value} checked={kind === f.value} onChange={() => { setKind(f.value); setPreview(null); setOutcome(null); }} />
            {f.label}
          </label>
        ))}
      </fieldset>
      {kind !== "restore-points" ? (
        <div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={includePoweredOff}
              aria-describedby="powered-off-hint"
              onChange={(e) => { setIncludePoweredOff(e.target.checked); setPreview(null); setOutcome(null); }}
            />
            Include powered-off VMs
          </label>
          <p id="powered-off-hint" className="text-xs text-slate-600">
            {kind === "rvtools"
              ? "A VM whose Powerstate is poweredOff is left out unless this is ticked; a suspended one is imported. Templates are never imported: a template is not a system."
              : "A VM whose powerstate or state column says it is off (poweredOff, or Hyper-V's Off) is left out unless this is ticked; a saved, paused or suspended one is imported."}
          </p>
        </div>
      ) : null}
      {/* A form for the file and what is done with it, so the guard weighs the file alone: a format ticked with no file chosen loses nothing. */}
      <form ref={form} aria-label="File to import" className="space-y-4">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">CSV file</label>
          <input
            id="import-file"
            ref={fileInput}
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-error" : undefined}
            className="mt-1 block max-w-full text-sm"
            onChange={(e) => choose(e.target.files?.[0])}
          />
          {fileError ? (
            <p id="import-file-error" className="mt-1 text-sm text-red-700">
              {fileError}
            </p>
          ) : null}
        </div>
        {/* aria-disabled, not disabled: the button keeps the focus while it works, and is found by Tab before a file is chosen. */}
        <Button type="button" onClick={() => !busy && run("preview")} aria-disabled={busy}>Preview import</Button>

        {progress ? (
          <div aria-live="polite">
            <label htmlFor="import-progress" className="block text-sm">
              {progress.label}: {progress.done} of {progress.total}
            </label>
            <progress id="import-progress" value={progress.done} max={Math.max(progress.total, 1)} className="w-full" />
          </div>
        ) : null}

        {outcome?.kind === "error" ? (
          <div ref={outcomeBox} tabIndex={-1} role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            <p>{outcome.message}</p>
            {outcome.errors.length > 1 ? (
              <ul className="mt-1 list-disc pl-5">
                {outcome.errors.map((e) => <li key={e}>{e}</li>)}
              </ul>
            ) : null}
          </div>
        ) : null}
        {outcome?.kind === "applied" ? (
          <div ref={outcomeBox} tabIndex={-1} role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            {appliedText(outcome.result)}
          </div>
        ) : null}

        {preview ? (
          <section aria-labelledby="preview-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="preview-heading" ref={previewHeading} tabIndex={-1} className="font-semibold">
              Preview of {preview.fileName}
            </h2>
            <p className="text-sm" data-testid="import-summary">
              {count(preview.rows, "row")}: {preview.creates} to create, {preview.updates} to update, {preview.unchanged} unchanged{repeatsText(preview.repeats)}.
            </p>
            {preview.leftOut ? <p className="text-sm" data-testid="import-left-out">{preview.leftOut.note}</p> : null}
            {preview.warnings.length ? (
              <ul className="list-disc pl-5 text-sm text-amber-800" aria-label="Warnings">
                {preview.warnings.map((w) => <li key={w}>{w}</li>)}
              </ul>
            ) : null}
            {changed === 0 ? (
              <p role="status" className="text-sm">No changes: the plan already matches this file.</p>
            ) : (
              <>
                <ScrollBox>
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">Changes the import would make</caption>
                    <thead>
                      <tr className="border-b border-slate-200">
                        <th scope="col" className="py-1">Line</th>
                        <th scope="col">Record</th>
                        <th scope="col">Action</th>
                        <th scope="col" className="column-prose">Changes</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.changes.map((c) => (
                        <tr key={`${c.line}-${c.name}`} className="border-b border-slate-100 align-top">
                          <td className="py-1">{c.line}</td>
                          <th scope="row" className="font-medium">{c.name}</th>
                          <td>{c.kind === "create" ? "Create" : "Update"}</td>
                          <td>{changeWords(c).join("; ")}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
                {preview.moreChanges ? <p className="text-sm text-slate-600">…and {preview.moreChanges} more.</p> : null}
                <div className="flex gap-2">
                  <Button type="button" onClick={() => !busy && run("apply")} aria-disabled={busy}>Confirm import</Button>
                  <Button type="button" variant="secondary" onClick={() => { if (busy) return; setPreview(null); if (fileInput.current) fileInput.current.value = ""; setFile(null); settle(); }} aria-disabled={busy}>
                    Cancel
                  </Button>
                </div>
              </>
            )}
          </section>
        ) : null}
      </form>
    </div>
  );
}
