"use client";

import { IDLE, type FormAction } from "@/lib/http/form-state";
import { useActionState } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";


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
  const id = `role-${membershipId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={id} className="sr-only">
        Role of {memberName}
      </label>
      <select id={id} name="role" defaultValue={role} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary">Change role</SubmitButton>
      {state.status !== "idle" ? <FormMessage state={state} /> : null}
    </form>
  );
}
