import { can, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { andList } from "@/lib/count";

/** A required approver as they stand now: their role in the version's organisation, or null once they are no longer a member. */
export type ApproverStanding = { id: string; name: string; role: Role | null };

/**
 * The approvers a pending version still waits for who can no longer decide it (demoted from
 * executive, or removed): while any is left, the version can never be approved.
 */
export function lostApprovers({ required, decidedIds }: { required: ApproverStanding[]; decidedIds: string[] }): ApproverStanding[] {
  return required.filter((r) => !decidedIds.includes(r.id) && (r.role === null || !can(r.role, "plan:approve")));
}

/** Whether a member's change of role from `from` to `to` (null: their removal) takes their right to approve away. */
export function losesApproval({ from, to }: { from: Role; to: Role | null }): boolean {
  return can(from, "plan:approve") && (to === null || !can(to, "plan:approve"));
}

/** What a member became, in a sentence's middle: "now a committee member", "no longer a member". */
export function standingText(role: Role | null): string {
  if (role === null) return "no longer a member";
  const label = ROLE_LABELS[role].toLowerCase();
  return `now ${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}

/**
 * Why a pending version cannot be approved, and the way out, for everyone who reads the version
 * (executives and auditors too: it says what the committee can do, it does not tell the reader to).
 */
export function lostApproverWarning({ number, lost }: { number: number; lost: ApproverStanding[] }): string | null {
  if (lost.length === 0) return null;
  const who =
    lost.length === 1
      ? `its approver ${lost[0].name} is ${standingText(lost[0].role)} and can no longer approve it`
      : `its approvers ${andList(lost.map((l) => `${l.name} (${standingText(l.role)})`))} can no longer approve it`;
  return `Version ${number} cannot be approved: ${who}. The committee can withdraw it and submit the plan again with other approvers.`;
}

/** A pending version a member must still decide on, by its plan's name. */
export type PendingDecision = { versionId: string; planName: string; number: number };

/**
 * What an administrator is told before a change takes a member's right to approve away while
 * versions still wait for their decision (a role change or a removal), or null when none does.
 */
export function pendingDecisionsWarning({ name, pending, after }: { name: string; pending: PendingDecision[]; after: Role | null }): string | null {
  if (pending.length === 0) return null;
  const versions = andList(pending.map((p) => `version ${p.number} of “${p.planName}”`));
  const them = pending.length === 1 ? "it" : "them";
  const becoming = after === null ? "Once removed" : `As ${standingText(after).replace(/^now /, "")}`;
  return `${name} must still decide on ${versions}. ${becoming}, they can no longer approve ${them}, so ${
    pending.length === 1 ? "it cannot be approved" : "none of them can be approved"
  } until the committee withdraws ${them} and submits again with other approvers.`;
}
