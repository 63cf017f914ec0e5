import type { NotificationKind } from "@/lib/generated/prisma/client";

/**
 * What members are told about, and whether each kind may be left out of their e-mail (decision
 * 67). Every notification is written in the app whatever the choice: the list is the record.
 * Safe to import from client components: no server code here.
 */
export const NOTIFICATION_KINDS = {
  approvals: {
    label: "Approvals",
    about: "A version of a plan to approve, the decision on one you submitted, or one withdrawn or left without an approver.",
  },
  reminders: {
    label: "Reminders",
    about: "What falls due: an approval about to expire, a test due, a finding or the management review past its day.",
  },
  incidents: {
    label: "Incidents",
    about: "An incident declared or stood down under a plan.",
    // In a crisis the e-mail is the wake-up call: a member who turned it off would sleep through it.
    alwaysEmailed: "Always e-mailed: when an incident is declared, the e-mail may be the first anyone hears of it, out of hours and away from Continuity.",
  },
} as const satisfies Record<NotificationKind, { label: string; about: string; alwaysEmailed?: string }>;

/** The kinds a member may choose not to be e-mailed, in the order the page shows them. */
export const OPTIONAL_EMAIL_KINDS = ["approvals", "reminders"] as const satisfies readonly NotificationKind[];
export type OptionalEmailKind = (typeof OPTIONAL_EMAIL_KINDS)[number];

/** The preferences form's checkbox for a kind ("emailApprovals"): its snapshot's key too. */
export const emailField = (kind: OptionalEmailKind) => `email${kind[0].toUpperCase()}${kind.slice(1)}` as `email${Capitalize<OptionalEmailKind>}`;

/** Whether a notification of `kind` is e-mailed to a member who turned e-mail off for `offKinds`. */
export function isEmailed(kind: NotificationKind, offKinds: readonly NotificationKind[]): boolean {
  return !(OPTIONAL_EMAIL_KINDS as readonly NotificationKind[]).includes(kind) || !offKinds.includes(kind);
}

/** The member's own page where they choose what they are e-mailed. */
export const EMAIL_PREFERENCES_PATH = "/account/notifications";

/**
 * The end of a notification's e-mail: why it came, and how to stop e-mails of its kind, linking
 * the preferences page from `base` (NEXTAUTH_URL, as the notification's own link). One of a kind
 * always e-mailed (incidents) says so, rather than promise the page can stop it.
 */
export function emailFooter({ base, kind }: { base: string; kind: NotificationKind }): string {
  const link = `${base}${EMAIL_PREFERENCES_PATH}`;
  const why = "You receive this because you are a member in Continuity.";
  const about = NOTIFICATION_KINDS[kind].label.toLowerCase();
  if (isEmailed(kind, [kind])) return `${why} E-mails about ${about} are always sent; choose which others you are e-mailed at ${link}`;
  return `${why} To stop e-mails about ${about}, turn them off at ${link}`;
}
