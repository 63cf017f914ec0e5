import { formatDay, DAY_MS } from "@/lib/days";

/**
 * Where a plan stands with top management, derived from its versions (pure, `now` passed in):
 * never submitted, awaiting approval, approved, changed since approval, or approval expired.
 */
export type VersionSummary = {
  number: number;
  status: "submitted" | "approved" | "rejected" | "withdrawn" | "superseded";
  contentRevision: number;
  decidedAt: Date | null;
  /** The review cadence it was approved for; null if approved before that was kept, or not approved. */
  approvedForDays: number | null;
};

/** The approval in force: which version, when, the cadence it was given for (null: not kept) and when it expires. */
export type ApprovalInForce = { number: number; decidedAt: Date; approvedForDays: number | null; expiresAt: Date };

export type ApprovalStatus = {
  approved: ApprovalInForce | null;
  pending: { number: number } | null;
  lastRejected: { number: number } | null;
  changedSinceApproval: boolean;
  expired: boolean;
  /** A short label for badges: "Draft", "Awaiting approval of v4", "Approved v3", … */
  label: string;
  tone: "neutral" | "info" | "ok" | "warning" | "danger";
};

/**
 * When an approval given at `decidedAt` expires (decision 65): after the review cadence it was
 * given for, or the plan's cadence now if that is shorter. A longer cadence set since applies from
 * the next approval, never extending the term the executives signed for; a shorter one brings the
 * review forward. An approval given before its cadence was kept holds for the plan's cadence now.
 */
export function approvalExpiry({ decidedAt, approvedForDays, reviewCadenceDays }: { decidedAt: Date; approvedForDays: number | null; reviewCadenceDays: number }): Date {
  return new Date(decidedAt.getTime() + Math.min(approvedForDays ?? reviewCadenceDays, reviewCadenceDays) * DAY_MS);
}

/**
 * Until when a version's approval holds, as the approval page and the report both say it:
 * "Version 1's approval holds until 27 Nov 2027.", or "expired on" once `now` is past that day.
 */
export function approvalTerm({ number, expiresAt, now }: { number: number; expiresAt: Date; now: Date }): string {
  return `Version ${number}'s approval ${now.getTime() > expiresAt.getTime() ? "expired on" : "holds until"} ${formatDay(expiresAt)}.`;
}

/**
 * When the plan's review cadence is no longer the one the approval in force was given for, which
 * of the two its term follows (approvalExpiry); null when they are the same, or the approval's was not kept.
 */
export function approvalCadenceNote({ number, approvedForDays, reviewCadenceDays }: { number: number; approvedForDays: number | null; reviewCadenceDays: number }): string | null {
  if (approvedForDays === null || approvedForDays === reviewCadenceDays) return null;
  const which = reviewCadenceDays > approvedForDays ? "which applies from the next approval" : "which shortens this approval too";
  return `Version ${number} was approved for ${approvedForDays} days; the plan's review cadence is now ${reviewCadenceDays} days, ${which}.`;
}

function inForce({ number, decidedAt, approvedForDays }: Omit<ApprovalInForce, "expiresAt">, reviewCadenceDays: number): ApprovalInForce {
  return { number, decidedAt, approvedForDays, expiresAt: approvalExpiry({ decidedAt, approvedForDays, reviewCadenceDays }) };
}

export function approvalStatus({
  versions,
  contentRevision,
  reviewCadenceDays,
  now,
}: {
  versions: VersionSummary[];
  contentRevision: number;
  reviewCadenceDays: number;
  now: Date;
}): ApprovalStatus {
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  const approvedRow = newestFirst.find((v) => v.status === "approved" && v.decidedAt);
  const pendingRow = newestFirst.find((v) => v.status === "submitted");
  const rejectedRow = newestFirst[0]?.status === "rejected" ? newestFirst[0] : undefined;
  const approved = approvedRow ? inForce({ ...approvedRow, decidedAt: approvedRow.decidedAt as Date }, reviewCadenceDays) : null;
  const changedSinceApproval = Boolean(approvedRow && contentRevision > approvedRow.contentRevision);
  const expired = Boolean(approved && now.getTime() > approved.expiresAt.getTime());
  const pending = pendingRow ? { number: pendingRow.number } : null;
  const lastRejected = rejectedRow ? { number: rejectedRow.number } : null;

  let label = "Draft: never approved";
  let tone: ApprovalStatus["tone"] = "neutral";
  if (approved) {
    label = `Approved v${approved.number}`;
    tone = "ok";
    if (changedSinceApproval) [label, tone] = [`Changed since approval v${approved.number}`, "warning"];
    if (expired) [label, tone] = [`Approval v${approved.number} expired`, "danger"];
  }
  if (pending) [label, tone] = [`${label} · awaiting approval of v${pending.number}`, approved ? tone : "info"];
  else if (lastRejected) label = `${label} · v${lastRejected.number} rejected`;
  return { approved, pending, lastRejected, changedSinceApproval, expired, label, tone };
}
