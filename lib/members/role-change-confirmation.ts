import { can, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { pendingDecisionsWarning, type PendingDecision } from "@/lib/versions/lost-approvers";

const SESSIONS = "Their current sessions end; they sign in again.";

/**
 * What an administrator is asked before a role change takes effect, or null when it takes effect
 * at once. Granting or taking away administrator rights decides who controls members and settings,
 * so a slip of the select must not do it on one click; nor must taking away the right to approve
 * from a member whose decision versions still wait for (`pending`), which leaves them undecidable.
 */
export function roleChangeConfirmation({ name, from, to, pending = [] }: { name: string; from: Role; to: Role; pending?: PendingDecision[] }): {
  title: string;
  body: string;
  confirmLabel: string;
} | null {
  if (from === to) return null;
  const stranded = can(from, "plan:approve") && !can(to, "plan:approve") ? pendingDecisionsWarning({ name, pending, after: to }) : null;
  const body = (lead: string) => [lead, stranded, SESSIONS].filter(Boolean).join(" ");
  if (to === "admin") {
    return {
      title: `Make ${name} an administrator?`,
      body: body(`${name} will be able to add and remove members, change anyone's role and change the organisation's settings.`),
      confirmLabel: "Make administrator",
    };
  }
  if (from === "admin") {
    return {
      title: `Take away ${name}'s administrator rights?`,
      body: body(`${name}'s role becomes ${ROLE_LABELS[to]}: they can no longer manage members or settings.`),
      confirmLabel: `Change role to ${ROLE_LABELS[to]}`,
    };
  }
  if (!stranded) return null;
  return { title: `Change ${name}'s role to ${ROLE_LABELS[to]}?`, body: body(""), confirmLabel: `Change role to ${ROLE_LABELS[to]}` };
}

/** What an administrator is told before removing a member: the versions left waiting for them, if any. */
export function removalConfirmationBody({ name, orgName, role, pending = [] }: { name: string; orgName: string; role: Role; pending?: PendingDecision[] }): string {
  const stranded = can(role, "plan:approve") ? pendingDecisionsWarning({ name, pending, after: null }) : null;
  return [`${name} will no longer be able to sign in to ${orgName}. Their past changes stay in the audit log.`, stranded].filter(Boolean).join(" ");
}
