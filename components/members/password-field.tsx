import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/field";

/**
 * Said at a password field after a refused save: passwords are never sent back to the browser,
 * not even to refill the form (app/(app)/members/actions.ts), so the field is empty again.
 */
export const PASSWORD_NOT_KEPT = "Enter the password again: it is not kept after an error.";

/** A password field that, after a refusal (`refused`), says why it is empty before its own hint. */
export function PasswordField({ refused, hint, ...props }: Omit<ComponentProps<typeof TextField>, "type" | "hint"> & { refused: boolean; hint?: string }) {
  const shown = [refused ? PASSWORD_NOT_KEPT : null, hint].filter(Boolean).join(" ");
  return <TextField type="password" hint={shown || undefined} {...props} />;
}
