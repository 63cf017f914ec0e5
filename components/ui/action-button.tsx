"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import type { ButtonVariant } from "@/components/ui/button";

/** A one-button form for a non-destructive action, showing its outcome next to it. */
export function ActionButton({
  action,
  fields,
  label,
  pendingText,
  variant = "secondary",
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingText?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingText={pendingText}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
