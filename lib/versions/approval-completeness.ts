import type { ApprovalStatus } from "@/lib/versions/approval-status";
import { formatDay } from "@/lib/days";

/**
 * The "approval" stage of the overview (pure), from where the plan stands with top management:
 * - 100: the current content is approved and the approval has not expired;
 * - 75: it was approved, has changed (or the approval expired) since, and a new version awaits a decision;
 * - 50: a version awaits approval for the first time, or the approved content is out of date with nothing pending;
 * - 0: never submitted, or the last version was rejected or withdrawn with nothing approved.
 * The note says which, in a sentence; null leaves the stage's empty state ("not submitted"). It is
 * read by executives and auditors too, so it tells no one to do what only the committee can.
 */
export function approvalCompleteness(status: ApprovalStatus): { completeness: number; note: string | null } {
  const { approved, pending, lastRejected, changedSinceApproval, expired } = status;
  const waiting = pending ? `version ${pending.number} awaits approval` : null;
  if (approved) {
    if (!changedSinceApproval && !expired) {
      return {
        completeness: 100,
        note: `Version ${approved.number} was approved on ${formatDay(approved.decidedAt)}; the plan has not changed since. The approval holds until ${formatDay(approved.expiresAt)}.`,
      };
    }
    const why = expired
      ? `The approval of version ${approved.number} expired on ${formatDay(approved.expiresAt)}`
      : `The plan has changed since version ${approved.number} was approved`;
    return waiting ? { completeness: 75, note: `${why}; ${waiting}.` } : { completeness: 50, note: `${why}: it needs to be submitted for approval again.` };
  }
  if (pending) return { completeness: 50, note: `Version ${pending.number} awaits approval; no version has been approved yet.` };
  if (lastRejected) return { completeness: 0, note: `Version ${lastRejected.number} was rejected: the approvers' comments are to be acted on before it is submitted again.` };
  return { completeness: 0, note: null };
}
