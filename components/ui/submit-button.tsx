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
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
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
