import { formatDay } from "@/lib/days";

/**
 * Where a plan stands with top management, derived from its versions (pure, `now` passed in):
 * never submitted, awaiting approval, approved, changed since approval, or approval expired.
 */
export type VersionSummary = {
  number: number;
  status: "submitted" | "approved" | "rejected" | "withdrawn" | "superseded";
  contentRevision: number;
  decidedAt: Date | null;
};

export type ApprovalStatus = {
  approved: { number: number; decidedAt: Date } | null;
  pending: { number: number } | null;
  lastRejected: { number: number } | null;
  changedSinceApproval: boolean;
  expired: boolean;
  /** A short label for badges: "Draft", "Awaiting approval of v4", "Approved v3", … */
  label: string;
  tone: "neutral" | "info" | "ok" | "warning" | "danger";
};

const DAY_MS = 86_400_000;

/** When an approval given at `decidedAt` expires: the plan's review cadence later. */
export const approvalExpiry = (decidedAt: Date, reviewCadenceDays: number) => new Date(decidedAt.getTime() + reviewCadenceDays * DAY_MS);

/**
 * Until when a version's approval holds, as the approval page and the report both say it:
 * "Version 1's approval holds until 27 Nov 2027.", or "expired on" once `now` is past that day.
 */
export function approvalTerm({ number, decidedAt, reviewCadenceDays, now }: { number: number; decidedAt: Date; reviewCadenceDays: number; now: Date }): string {
  const expiry = approvalExpiry(decidedAt, reviewCadenceDays);
  return `Version ${number}'s approval ${now.getTime() > expiry.getTime() ? "expired on" : "holds until"} ${formatDay(expiry)}.`;
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
  const approved = approvedRow ? { number: approvedRow.number, decidedAt: approvedRow.decidedAt as Date } : null;
  const changedSinceApproval = Boolean(approvedRow && contentRevision > approvedRow.contentRevision);
  const expired = Boolean(approved && now.getTime() > approvalExpiry(approved.decidedAt, reviewCadenceDays).getTime());
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
