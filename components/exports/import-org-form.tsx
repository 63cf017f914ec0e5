"use client";

import { useRef, useState, type FormEvent } from "react";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { MAX_WEB_IMPORT_BYTES } from "@/lib/exports/format";
import { formatBytes } from "@/lib/exercises/attachment-rules";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * Sends an organisation export to the import route as the request body. The size is checked here
 * first so nobody waits for a large upload to be refused; the server checks it again.
 */
export function ImportOrgForm({ importUrl }: { importUrl: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<FormState>(IDLE);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = input.current?.files?.[0];
    const refuse = (message: string) => setState({ status: "error", message, fieldErrors: { file: message } });
    if (!file || file.size === 0) return refuse("Choose an export file.");
    if (file.size > MAX_WEB_IMPORT_BYTES) {
      return refuse(`The file is ${formatBytes(file.size)}; the web import takes up to ${formatBytes(MAX_WEB_IMPORT_BYTES)}. Import it with scripts/import-org.ts.`);
    }
    setPending(true);
    try {
      const response = await fetch(importUrl, { method: "POST", body: file, headers: { "content-type": "application/json" } });
      const result = (await response.json()) as FormState;
      setState(result);
      if (result.status === "ok") form.reset();
    } catch {
      setState({ status: "error", message: "The file did not reach the server. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  const error = state.fieldErrors?.file;
  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Import an organisation" noValidate>
      <div>
        <label htmlFor="org-export-file" className="block text-sm font-medium text-slate-800">
          Organisation export (JSON)
        </label>
        <input
          ref={input}
          id="org-export-file"
          name="file"
          type="file"
          accept="application/json,.json"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "org-export-hint org-export-error" : "org-export-hint"}
          className="mt-1 block text-sm"
        />
        <p id="org-export-hint" className="mt-1 text-xs text-slate-500">
          Up to {formatBytes(MAX_WEB_IMPORT_BYTES)}.
        </p>
        {error ? (
          <p id="org-export-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Importing…" : "Import organisation"}
      </Button>
    </form>
  );
}
