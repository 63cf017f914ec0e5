"use client";

import { IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState, useState } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { roleChangeConfirmation } from "@/lib/members/role-change-confirmation";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { ConfirmForm } from "@/components/ui/confirm-form";

/**
 * A member's role: chosen in the select, applied by "Change role". Granting or taking away
 * administrator rights asks for confirmation first (roleChangeConfirmation); other changes apply at once.
 */
export function RoleSelectForm({
  action,
  membershipId,
  role,
  memberName,
}: {
  action: FormAction;
  membershipId: string;
  role: Role;
  memberName: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const [chosen, setChosen] = useState<Role>(role);
  const confirmation = roleChangeConfirmation(memberName, role, chosen);
  const id = `role-${membershipId}`;
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
      {confirmation ? (
        <ConfirmForm action={action} fields={{ membershipId, role: chosen }} label="Change role" {...confirmation} />
      ) : (
        <form action={formAction} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="membershipId" value={membershipId} />
          <input type="hidden" name="role" value={chosen} />
          <SubmitButton variant="secondary">Change role</SubmitButton>
          {state.status !== "idle" ? <FormMessage state={state} /> : null}
        </form>
      )}
    </div>
  );
}
