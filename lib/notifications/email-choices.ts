import type { NotificationKind } from "@/lib/generated/prisma/client";
import { emailField, OPTIONAL_EMAIL_KINDS, type OptionalEmailKind } from "@/lib/notifications/kinds";

/** A member's choice as the form and the audit log read it: each optional kind's checkbox, ticked when e-mailed. */
export type EmailChoices = Record<ReturnType<typeof emailField>, boolean>;

/** The choice stored as the kinds turned off. */
export function emailChoices(offKinds: readonly NotificationKind[]): EmailChoices {
  return Object.fromEntries(OPTIONAL_EMAIL_KINDS.map((kind) => [emailField(kind), !offKinds.includes(kind)])) as EmailChoices;
}

/** The kinds a choice turns off, in the page's order: what the membership stores. */
export function offKindsOf(choices: EmailChoices): OptionalEmailKind[] {
  return OPTIONAL_EMAIL_KINDS.filter((kind) => !choices[emailField(kind)]);
}
