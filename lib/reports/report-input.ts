/**
 * What a report renders: the plan's snapshot (as stored in a version, plain JSON) and the facts
 * about the version around it. Rendering is a pure function of this value, so the same input
 * always gives the same pages. Safe to import anywhere: types only.
 */
import type { PlanSnapshot } from "@/lib/versions/build-snapshot";
import type { AuditChange } from "@/lib/audit/audit-display";
import type { ChainHead } from "@/lib/audit/audit-chain";
import type { CollectionDiff } from "@/lib/versions/diff";

/** A value as it reads back from JSON: dates become ISO strings. */
export type Plain<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T;

export type ReportSnapshot = Plain<PlanSnapshot>;

export type ReportApproval = {
  approver: string;
  email: string;
  decision: "approved" | "rejected";
  decidedAt: string;
  statement: string;
  versionHash: string;
  comment: string;
};

/** An audit entry as the in-app log describes it (lib/audit/list-audit.ts, describeEntries). */
export type ReportAuditRow = {
  createdAt: string;
  actorEmail: string | null;
  /** The actor's name, when the entry names an actor who still exists. */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** The record's kind in words ("Plan section"). */
  kind: string;
  /** The record's name now, or the one its entries kept once it is gone. */
  record: string | null;
  deleted: boolean;
  /** An organisation-wide change to records plans use (a person, a department, the impact categories). */
  organisationWide: boolean;
  changes: AuditChange[];
};

/** A version of the plan in the report's version history: its record of changes. */
export type ReportVersion = {
  number: number;
  status: string;
  submittedAt: string;
  /** Null: a member no longer in the organisation. */
  submittedBy: string | null;
  decidedAt: string | null;
  hash: string;
};

export type ReportInput = {
  organization: string;
  /**
   * The organisation's classification marking as the report is made, whichever version it shows
   * (docs/decisions/0061): at the top and foot of every page. Empty: none.
   */
  marking: string;
  planName: string;
  /**
   * The version rendered; null for the current draft (every page is watermarked DRAFT). Who
   * submitted it (null: a member no longer in the organisation), the note they left the approvers,
   * the review cadence it was approved for (null: not approved, or approved before it was kept),
   * and while it awaits approval, the required approvers who have not decided yet, by name.
   */
  version: { number: number; status: string; submittedAt: string; submittedBy: string | null; note: string; decidedAt: string | null; approvedForDays: number | null; awaiting: string[] } | null;
  /** SHA-256 of the rendered snapshot's canonical JSON (the version's hash, or the draft's). */
  hash: string;
  /** For a draft: the approved version it departs from, and whether the content changed since. */
  approvedVersion: { number: number; hash: string; decidedAt: string; approvedForDays: number | null } | null;
  /** The organisation's latest management review of the programme (ISO 22301 §9.3) as of the report's making, days as YYYY-MM-DD; null: none recorded (decision 64). */
  managementReview: { heldOn: string; nextReviewOn: string | null } | null;
  /** The plan's review cadence as the report is made: an approval holds this many days at most (approvalExpiry, lib/versions/approval-status.ts). */
  reviewCadenceDays: number;
  /** The organisation's review period for the registers, as the report's making finds it (lib/inventories/staleness.ts). */
  reviewPeriodDays: number;
  changedSinceApproval: boolean;
  /**
   * For a stored version: whether the plan's content has changed since it was frozen, as of the
   * report's making (the version's page says the same). False for a draft, which is the plan now.
   */
  planChangedSince: boolean;
  /** Every version of the plan as of the report's making, newest first. */
  versions: ReportVersion[];
  /** For a draft: what changed since the approved version (empty when nothing did); null otherwise. */
  changesSinceApproval: CollectionDiff[] | null;
  /** The decisions on the rendered version, or on the approved version for a draft. */
  approvals: ReportApproval[];
  snapshot: ReportSnapshot;
  /** The audit trail asked for, with the organisation's audit chain head as the report was made (decision 60). */
  audit: { from: string; to: string; rows: ReportAuditRow[]; head: ChainHead } | null;
  generatedAt: string;
  /**
   * Names of the people the inventory items point at (a "person" field stores the person's id),
   * as they are named when the report is made; an id missing here is a person since removed.
   */
  people: Record<string, string>;
  /**
   * For a stored version: who, of the people it names with their contact details (sponsor,
   * committee, response team), has other details today or was removed (lib/reports/contacts-changed.ts).
   * Empty for a draft, which is read as it is now.
   */
  contactsChanged: string[];
};
