"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";

/**
 * A submit button that shows progress and cannot be pressed twice while its form is saving. It is
 * marked aria-disabled rather than disabled: a disabled button loses keyboard focus to the page.
 * A second press (or Enter in a field, which presses it) is ignored while saving.
 */
export function SubmitButton({
  children,
  pendingText = "Saving…",
  variant = "primary",
  pending: saving,
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
  /** For a form submitted from its submit event (useKeptForm): useFormStatus only sees a form's action prop. */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = saving ?? status.pending;
  return (
    <Button
      type="submit"
      variant={variant}
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? pendingText : children}
    </Button>
  );
}
