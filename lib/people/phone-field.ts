/**
 * The one rule for a phone field, in the People register and in the plan's registers alike
 * (docs/decisions/0093): a number anyone can dial (lib/people/phone.ts: at least six digits, an
 * optional extension), at most 40 characters, kept as typed. Besides a number a field takes, by
 * what it is for, one of:
 * - a short code ("999", "101"): a service's number, in the critical telephone numbers only, never
 *   someone's own (docs/decisions/0046);
 * - an internal extension ("4021", "ext. 4021", "x4021"): a line inside the building, in the
 *   registers' other phone fields and a person's work phone; never 999, 112 or 911;
 * - nothing else: a person's mobile and 24/7 numbers, which are called from outside.
 * Three digits are a short code or an extension, never both. Messages are sentences; a form puts
 * its field's label before them. Pure; safe in client components.
 */
import { z } from "zod";
import { emergencyNumber, internalExtension, isPhoneNumber, telHref } from "@/lib/people/phone";

export const PHONE_MAX_LENGTH = 40;

/** What a phone field takes besides a number anyone can dial; nothing when not given. */
export type PhoneAlso = "shortCode" | "extension";

/** The hint of a field that takes an internal extension: what the emergency sheet and the lists do with one. */
export const EXTENSION_HINT = "An internal extension (like 4021) is shown as text, not as a number to tap: it cannot be dialled from outside the building.";

const NUMBER = "Enter a phone number of at least six digits, written with digits, spaces and + - ( ) ., and an optional extension (like 0117 496 0101 ext. 204)";

/** What is wrong with a phone field's text (trimmed, not blank), or null when it is a number the field takes. */
export function phoneProblem(text: string, { also }: { also?: PhoneAlso } = {}): string | null {
  if (text.length > PHONE_MAX_LENGTH) return `Keep the number under ${PHONE_MAX_LENGTH} characters.`;
  if (isPhoneNumber(text)) return null;
  if (also === "shortCode") return telHref(text, { shortCode: true }) ? null : `${NUMBER}, or a short code like 999 or 101.`;
  const emergency = emergencyNumber(text);
  if (emergency) return `${emergency} is an emergency number, never an internal extension or someone's own number: record it in the Critical telephone numbers.`;
  if (also === "extension") return internalExtension(text) ? null : `${NUMBER}, or an internal extension of three to five digits (like 4021 or ext. 4021).`;
  return internalExtension(text) ? `${NUMBER}; an internal extension on its own cannot be dialled from outside the building.` : `${NUMBER}.`;
}

/** A form's optional phone field, named `label` in its messages ("Mobile phone: enter a phone number…"). */
export function phoneField(label: string, { also }: { also?: PhoneAlso } = {}) {
  return z
    .string()
    .trim()
    .default("")
    .superRefine((value, ctx) => {
      const problem = value === "" ? null : phoneProblem(value, { also });
      // As a register's form writes its fields' messages (fieldMessage, lib/inventories/fields.ts, which reads this module).
      if (problem) ctx.addIssue({ code: "custom", message: `${label}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}` });
    });
}
