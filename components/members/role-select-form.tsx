"use client";

import { IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState, useState } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { roleChangeConfirmation, strandedDecisions, warnedVersionIds } from "@/lib/members/role-change-confirmation";
import type { PendingDecision } from "@/lib/versions/lost-approvers";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { ConfirmForm } from "@/components/ui/confirm-form";

/**
 * A member's role: chosen in the select, applied by "Change role". Granting or taking away
 * administrator rights asks for confirmation first (roleChangeConfirmation), and so does taking
 * away the right to approve from a member versions still wait for (`pending`, named in the
 * dialog); other changes apply at once. The confirmation sends the ids of the versions it named,
 * and the server refuses the change if it finds one more (submitted since the page was read): the
 * page is then read again, so "Change role" asks with the new warning, the chosen role kept. The
 * form without a confirmation names none, and sends none.
 * The role form carries the chosen role in a hidden field whichever button applies it, so a role
 * chosen and not applied is an unsaved change the page asks about before leaving; the form starts
 * again from the role as saved (keyed by it) once a change is applied. The select itself stays
 * outside the form: React resets a form after its action, and a select of the form would show the
 * saved role again after a refusal while the choice was still the other one.
 */
export function RoleSelectForm({
  action,
  membershipId,
  role,
  memberName,
  pending,
}: {
  action: FormAction;
  membershipId: string;
  role: Role;
  memberName: string;
  /** The versions awaiting this member's decision. */
  pending: PendingDecision[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const [chosen, setChosen] = useState<Role>(role);
  const confirmation = roleChangeConfirmation({ name: memberName, from: role, to: chosen, pending });
  const warned = warnedVersionIds(strandedDecisions({ from: role, to: chosen, pending }));
  const id = `role-${membershipId}`;
  const formId = `role-form-${membershipId}`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Role of {memberName}
      </label>
      <select
        id={id}
        value={chosen}
        onChange={(event) => setChosen(event.target.value as Role)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </select>
      <form key={role} id={formId} action={formAction} aria-label={`${memberName}'s role`} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="membershipId" value={membershipId} />
        <input type="hidden" name="role" value={chosen} />
        {confirmation ? null : <SubmitButton variant="secondary">Change role</SubmitButton>}
        <FormMessage state={state} />
      </form>
      {confirmation ? <ConfirmForm action={action} fields={{ membershipId, role: chosen, warnedVersionIds: warned }} label="Change role" {...confirmation} /> : null}
    </div>
  );
}
