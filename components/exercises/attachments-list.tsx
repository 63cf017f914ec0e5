import type { FormAction } from "@/lib/http/form-state";
import { formatBytes } from "@/lib/exercises/attachment-rules";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { formatDay } from "@/lib/days";
import { versionsText } from "@/lib/versions/version-evidence";

type Attachment = { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; createdAt: Date; keptForVersions: number[] };

/**
 * What removing a file does, said before it is done: a file a plan version lists is kept for
 * that version (decision 18); any other is deleted for good.
 */
function removal(a: Attachment) {
  if (a.keptForVersions.length === 0) {
    return { label: "Delete", confirmLabel: "Delete attachment", title: `Delete ${a.fileName}?`, body: "The file is deleted for good. The audit log keeps a record that it existed." };
  }
  const one = a.keptForVersions.length === 1;
  return {
    label: "Remove",
    confirmLabel: "Remove from test",
    title: `Remove ${a.fileName} from this test?`,
    body: `The file leaves this test and the current plan, but it is kept, because ${versionsText(a.keptForVersions)} of the plan ${one ? "refers" : "refer"} to it: it stays downloadable from ${one ? "that version's page" : "those versions' pages"}. The audit log records the removal.`,
  };
}

function RemoveButton({ attachment, remove }: { attachment: Attachment; remove: { action: FormAction; planId: string; exerciseId: string } }) {
  const what = removal(attachment);
  return (
    <ConfirmForm
      action={remove.action}
      fields={{ planId: remove.planId, exerciseId: remove.exerciseId, attachmentId: attachment.id }}
      {...what}
      ariaLabel={`${what.label} ${attachment.fileName}`}
    />
  );
}

/** A test's evidence files, each downloadable; with `remove`, each removable after confirmation. */
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
            {a.keptForVersions.length ? <p className="text-xs text-slate-600">Listed in {versionsText(a.keptForVersions)} of the plan.</p> : null}
          </div>
          {remove ? <RemoveButton attachment={a} remove={remove} /> : null}
        </li>
      ))}
    </ul>
  );
}
