/**
 * The one rule for a phone field, in the People register and in the plan's registers alike: a
 * number anyone can dial (lib/people/phone.ts: at least six digits, an optional extension), at most
 * 40 characters, kept as typed; a field for a service's number (the critical telephone numbers)
 * takes a short code too ("999", "101"), which is never someone's own number (docs/decisions/0046).
 * Messages are sentences; a form puts its field's label before them. Pure; safe in client components.
 */
import { z } from "zod";
import { isPhoneNumber, telHref } from "@/lib/people/phone";

export const PHONE_MAX_LENGTH = 40;

const NUMBER = "Enter a phone number of at least six digits, written with digits, spaces and + - ( ) ., and an optional extension (like 0117 496 0101 ext. 204)";

/** What is wrong with a phone field's text (trimmed, not blank), or null when it is a number the field takes. */
export function phoneProblem(text: string, { shortCode = false }: { shortCode?: boolean } = {}): string | null {
  if (text.length > PHONE_MAX_LENGTH) return `Keep the number under ${PHONE_MAX_LENGTH} characters.`;
  if (isPhoneNumber(text) || (shortCode && telHref(text) !== null)) return null;
  return shortCode ? `${NUMBER}, or a short code like 999 or 101.` : `${NUMBER}.`;
}

/** A form's optional phone field, named `label` in its messages ("Mobile phone: enter a phone number…"). */
export function phoneField(label: string) {
  return z
    .string()
    .trim()
    .default("")
    .superRefine((value, ctx) => {
      const problem = value === "" ? null : phoneProblem(value);
      // As a register's form writes its fields' messages (fieldMessage, lib/inventories/fields.ts, which reads this module).
      if (problem) ctx.addIssue({ code: "custom", message: `${label}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}` });
    });
}
