"use client";

import Link from "next/link";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { CheckboxGroup } from "@/components/ui/checkbox-group";

export function ApproversForm({
  action,
  planId,
  executives,
  selected,
  pendingNumber,
  manageMembers,
}: {
  action: FormAction;
  planId: string;
  executives: { id: string; name: string; email: string }[];
  selected: string[];
  /** The version awaiting approval, if any: it keeps the approvers it was submitted with. */
  pendingNumber: number | null;
  /** The reader may give members roles (member:manage): the empty list links to where they do. */
  manageMembers: boolean;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  // After a refused save the boxes stay as the user ticked them: React resets the form after its
  // action, to each box's defaultChecked.
  const ticked = state.status === "error" && state.values ? (state.values.approverIds ?? "").split(",").filter(Boolean) : selected;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <CheckboxGroup
        name="approverIds"
        legend="Approvers"
        legendStyle="heading"
        hint={`Every executive named here must approve a version before the plan counts as approved.${
          pendingNumber ? ` Changes apply to the next version submitted: version ${pendingNumber} keeps the approvers it was submitted with.` : ""
        }`}
        options={executives.map((e) => ({ id: e.id, label: e.name, detail: e.email }))}
        selected={ticked}
        error={state.fieldErrors?.approverIds}
        empty={
          manageMembers ? (
            <>
              The organisation has no executives yet:{" "}
              <Link href="/members" className="text-blue-700 underline">
                add one, or give a member that role, on the Members page
              </Link>
              .
            </>
          ) : (
            "The organisation has no executives yet. An administrator can give someone that role."
          )
        }
        frame="none"
        columns={1}
        height="none"
      />
      <FormMessage state={state} />
      <SubmitButton variant="secondary">Save approvers</SubmitButton>
    </form>
  );
}
