"use client";

import { useFileUpload } from "@/components/ui/use-file-upload";
import { MAX_WEB_IMPORT_BYTES } from "@/lib/exports/format";
import { formatBytes } from "@/lib/exercises/attachment-rules";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Sends an organisation export to the import route as the request body (useFileUpload). */
export function ImportOrgForm({ importUrl }: { importUrl: string }) {
  const { input, state, pending, submit } = useFileUpload({
    url: importUrl,
    check: (file) =>
      !file || file.size === 0
        ? "Choose an export file."
        : file.size > MAX_WEB_IMPORT_BYTES
          ? `The file is ${formatBytes(file.size)}; the web import takes up to ${formatBytes(MAX_WEB_IMPORT_BYTES)}. Import it with scripts/import-org.ts.`
          : null,
    request: (_form, file) => ({ body: file, headers: { "content-type": "application/json" } }),
  });

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
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "org-export-hint org-export-error" : "org-export-hint"}
          className="mt-1 block max-w-full text-sm"
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
