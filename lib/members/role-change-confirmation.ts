import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { andList } from "@/lib/count";
import { losesApproval, pendingDecisionsWarning, type PendingDecision } from "@/lib/versions/lost-approvers";

const SESSIONS = "Their current sessions end; they sign in again.";

/**
 * The pending decisions a change from `from` to `to` (null: a removal) strands: all of them when
 * it takes the right to approve away, else none.
 */
export function strandedDecisions({ from, to, pending }: { from: Role; to: Role | null; pending: PendingDecision[] }): PendingDecision[] {
  return losesApproval({ from, to }) ? pending : [];
}

/**
 * What a change's form sends of its warning: the ids of the versions it named (strandedDecisions),
 * comma-separated, empty when it named none, so the server can tell whether the administrator was
 * warned of every version it finds (unwarnedDecisionsRefusal).
 */
export function warnedVersionIds(warned: PendingDecision[]): string {
  return warned.map((p) => p.versionId).join(",");
}

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
  const stranded = pendingDecisionsWarning({ name, pending: strandedDecisions({ from, to, pending }), after: to });
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
  const stranded = pendingDecisionsWarning({ name, pending: strandedDecisions({ from: role, to: null, pending }), after: null });
  return [`${name} will no longer be able to sign in to ${orgName}. Their past changes stay in the audit log.`, stranded].filter(Boolean).join(" ");
}

/**
 * Why a role change or removal is refused, or null when it may go ahead: the versions it strands
 * (`stranded`, as the server finds them in its transaction) include one its warning did not name
 * (`warned`: the ids the form sent), most likely submitted after the members page was read. The
 * administrator is told what the warning would have said, and confirms again knowingly.
 */
export function unwarnedDecisionsRefusal({
  name,
  stranded,
  warned,
  after,
}: {
  name: string;
  stranded: PendingDecision[];
  warned: string[];
  after: Role | null;
}): string | null {
  const unwarned = stranded.filter((p) => !warned.includes(p.versionId));
  if (unwarned.length === 0) return null;
  const versions = andList(unwarned.map((p) => `version ${p.number} of “${p.planName}”`));
  return [
    `Nothing was changed: ${versions} ${unwarned.length === 1 ? "was" : "were"} submitted for ${name}'s decision after this page was loaded.`,
    pendingDecisionsWarning({ name, pending: stranded, after }),
    after === null ? `Remove ${name} again to go ahead.` : "Change the role again to go ahead.",
  ].join(" ");
}
