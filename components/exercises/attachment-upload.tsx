"use client";

import { useRouter } from "next/navigation";
import { useFileUpload } from "@/components/ui/use-file-upload";
import { ACCEPT_ATTRIBUTE, ALLOWED_TYPES, formatBytes, MAX_ATTACHMENT_BYTES } from "@/lib/exercises/attachment-rules";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * Uploads evidence to the test's attachments route. The size is checked here first so nobody
 * waits for a large upload to be refused; the server checks size, type and content again.
 */
export function AttachmentUpload({ uploadUrl }: { uploadUrl: string }) {
  const router = useRouter();
  const { input, state, pending, submit } = useFileUpload({
    url: uploadUrl,
    check: (file) =>
      !file ? "Choose a file to attach." : file.size > MAX_ATTACHMENT_BYTES ? `The file is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_ATTACHMENT_BYTES)}.` : null,
    request: (form) => ({ body: new FormData(form) }),
    onSaved: () => router.refresh(),
  });

  const error = state.fieldErrors?.file;
  return (
    <form onSubmit={submit} className="space-y-3" aria-labelledby="upload-heading" noValidate>
      <h3 id="upload-heading" className="font-medium">
        Attach evidence
      </h3>
      <div>
        <label htmlFor="file" className="block text-sm font-medium text-slate-800">
          File
        </label>
        <input
          ref={input}
          id="file"
          name="file"
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "file-hint file-error" : "file-hint"}
          className="mt-1 block max-w-full text-sm"
        />
        <p id="file-hint" className="mt-1 text-xs text-slate-500">
          Up to {formatBytes(MAX_ATTACHMENT_BYTES)}: {Object.values(ALLOWED_TYPES).join(", ")}.
        </p>
        {error ? (
          <p id="file-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Uploading…" : "Upload"}
      </Button>
    </form>
  );
}
