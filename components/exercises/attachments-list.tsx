import type { FormAction } from "@/lib/http/form-state";
import { formatBytes } from "@/lib/exercises/attachment-rules";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { formatDay } from "@/lib/days";

type Attachment = { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; createdAt: Date };

/** A test's evidence files, each downloadable; with `remove`, each deletable after confirmation. */
export function AttachmentsList({
  attachments,
  baseUrl,
  remove,
}: {
  attachments: Attachment[];
  baseUrl: string;
  remove?: { action: FormAction; planId: string; exerciseId: string };
}) {
  if (attachments.length === 0) return <p className="text-sm text-slate-600">No evidence attached yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
      {attachments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
          <div>
            <a href={`${baseUrl}/${a.id}`} className="font-medium text-blue-700 underline" download>
              {a.fileName}
            </a>
            <p className="text-xs text-slate-500">
              {a.contentType} · {formatBytes(a.sizeBytes)} · added {formatDay(a.createdAt)}
            </p>
            {/* The whole hash, so an auditor can check a downloaded file against it. */}
            <p className="break-all font-mono text-xs text-slate-600">
              SHA-256 <span data-testid="attachment-sha256">{a.sha256}</span>
            </p>
          </div>
          {remove ? (
            <ConfirmForm
              action={remove.action}
              fields={{ planId: remove.planId, exerciseId: remove.exerciseId, attachmentId: a.id }}
              label="Delete"
              title={`Delete ${a.fileName}?`}
              body="The file is removed from this test's evidence. The audit log keeps a record that it existed."
              confirmLabel="Delete attachment"
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
