import type { ComponentProps } from "react";
import type { FormAction } from "@/lib/http/form-state";
import { FindingsList } from "@/components/exercises/findings-list";
import { FindingForm } from "@/components/exercises/finding-form";

type Edit = NonNullable<ComponentProps<typeof FindingsList>["edit"]> & { createAction: FormAction };

/**
 * An incident's corrective actions (ISO 22301 §10.1, docs/decisions/0058): what the response
 * showed must change, each a finding of the plan with its owner and due date, listed here and
 * among the plan's open findings until closed. With `edit` (plan:edit), each open one is edited
 * or closed in place, and the form adds one.
 */
export function CorrectiveActionsSection({
  incidentId,
  base,
  actions,
  editingId,
  edit,
  now,
}: {
  incidentId: string;
  /** The incident's page. */
  base: string;
  actions: ComponentProps<typeof FindingsList>["findings"];
  editingId?: string;
  edit: Edit | null;
  now: Date;
}) {
  return (
    <section aria-labelledby="corrective-actions-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div>
        <h2 id="corrective-actions-heading" className="text-lg font-semibold">
          Corrective actions
        </h2>
        <p className="text-sm text-slate-600">
          What the incident showed must change, each with who does it and by when. They are findings of the plan: open ones are listed with its other open
          findings until closed.
        </p>
      </div>
      {actions.length === 0 ? (
        <p className="text-sm text-slate-600">
          {edit
            ? "No corrective action recorded yet. Add what the post-incident review says to change."
            : "No corrective action recorded yet. The continuity committee records them."}
        </p>
      ) : (
        <FindingsList findings={actions} base={base} editingId={editingId} edit={edit} now={now} label="Corrective actions" />
      )}
      {edit && !editingId ? (
        <FindingForm
          action={edit.createAction}
          planId={edit.planId}
          source={{ name: "incidentId", id: incidentId }}
          dueHint={edit.dueHint}
          people={edit.people}
          words={{ heading: "Add a corrective action", description: "What to change", submit: "Add corrective action" }}
        />
      ) : null}
    </section>
  );
}
