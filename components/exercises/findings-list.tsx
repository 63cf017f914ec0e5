import type { FormAction } from "@/lib/http/form-state";
import { SEVERITY_LABELS, STATUS_LABELS } from "@/lib/findings/schemas";
import { isFindingOverdue } from "@/lib/exercises/schedule";
import { NEEDS_DUE_DATE, NEEDS_OWNER } from "@/lib/findings/finding-words";
import { dayValue, formatDay } from "@/lib/days";
import { FindingEditForms } from "@/components/exercises/finding-edit-forms";
import { DoneEditingLink, EditFindingLink } from "@/components/exercises/finding-edit-links";

type ListedFinding = {
  id: string;
  description: string;
  severity: keyof typeof SEVERITY_LABELS;
  status: keyof typeof STATUS_LABELS;
  owner: { name: string } | null;
  ownerId: string | null;
  dueOn: Date | null;
  closedAt: Date | null;
  closedNote: string;
  version: number;
};

/**
 * The findings of one test, or the corrective actions of one incident: each with its severity,
 * status, owner and due date (flagged when overdue), closed ones with how they were resolved. With
 * `edit`, an open one has "Edit or close", which opens its forms in place (`?finding=<id>` on
 * `base`, the page they are listed on): one at a time, `editingId`. "Done editing" closes them
 * and returns the focus to the finding's "Edit or close".
 */
export function FindingsList({
  findings,
  base,
  editingId,
  edit,
  now,
  label,
}: {
  findings: ListedFinding[];
  base: string;
  editingId?: string;
  edit: { updateAction: FormAction; closeAction: FormAction; planId: string; people: { id: string; name: string }[]; dueHint: string } | null;
  now: Date;
  /** The list's accessible name, where the page's heading does not give it. */
  label?: string;
}) {
  return (
    <ul className="space-y-3" aria-label={label}>
      {findings.map((f) => (
        <li key={f.id} className="rounded-md border border-slate-200 p-3 text-sm" data-finding={f.description}>
          <p className="font-medium break-words">{f.description}</p>
          <p className="text-slate-600">
            {SEVERITY_LABELS[f.severity]} · {STATUS_LABELS[f.status]} ·{" "}
            {f.owner ? `owner ${f.owner.name}` : f.status === "closed" ? "no owner recorded" : <strong>{NEEDS_OWNER}</strong>} ·{" "}
            {f.dueOn ? `due ${formatDay(f.dueOn)}` : f.status === "closed" ? "no due date recorded" : <strong>{NEEDS_DUE_DATE}</strong>}
            {isFindingOverdue(f, now) ? <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900">Overdue</span> : null}
          </p>
          {f.status === "closed" ? (
            <p className="mt-1 text-slate-700">
              Closed{f.closedAt ? ` ${formatDay(f.closedAt)}` : ""}: {f.closedNote}
            </p>
          ) : edit && editingId !== f.id ? (
            <EditFindingLink findingId={f.id} href={`${base}?finding=${f.id}#edit-finding`}>
              Edit or close<span className="sr-only"> “{f.description}”</span>
            </EditFindingLink>
          ) : null}
          {edit && editingId === f.id ? (
            <div id="edit-finding" className="mt-3 border-t border-slate-200 pt-3">
              <FindingEditForms
                updateAction={edit.updateAction}
                closeAction={edit.closeAction}
                planId={edit.planId}
                people={edit.people}
                dueHint={edit.dueHint}
                finding={{ ...f, dueOn: dayValue(f.dueOn) }}
              />
              <DoneEditingLink findingId={f.id} href={base} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
