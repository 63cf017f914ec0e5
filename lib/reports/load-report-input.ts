import "server-only";
import { dayValue } from "@/lib/days";
import { db, type Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { buildSnapshot } from "@/lib/versions/build-snapshot";
import { planAuditRows } from "@/lib/reports/plan-audit-rows";
import { auditChainHead } from "@/lib/audit/chain-head";
import { snapshotHash, toPlainJson } from "@/lib/versions/canonical-json";
import type { ReportApproval, ReportInput, ReportSnapshot, ReportVersion } from "@/lib/reports/report-input";
import { allRegisters } from "@/lib/inventories/registers";
import { contactsChanged } from "@/lib/reports/contacts-changed";
import { diffSnapshots, recordedChanges } from "@/lib/versions/diff";

const approvalsOf = { orderBy: { createdAt: "asc" as const }, include: { approver: { select: { name: true, email: true } } } };

type ApprovalRow = { decision: "approved" | "rejected"; createdAt: Date; statement: string; versionHash: string; comment: string; approver: { name: string; email: string } };

function toApproval(a: ApprovalRow): ReportApproval {
  return { approver: a.approver.name, email: a.approver.email, decision: a.decision, decidedAt: a.createdAt.toISOString(), statement: a.statement, versionHash: a.versionHash, comment: a.comment };
}

/** Every version of the plan, newest first, each submitter named while still in the organisation. */
async function versionHistory(tx: Tx, orgId: string, planId: string): Promise<ReportVersion[]> {
  const versions = await tx.planVersion.findMany({
    where: { orgId, planId },
    orderBy: { number: "desc" },
    select: { number: true, status: true, submittedAt: true, submittedById: true, decidedAt: true, hash: true },
  });
  const ids = [...new Set(versions.flatMap((v) => (v.submittedById ? [v.submittedById] : [])))];
  const members = await tx.user.findMany({ where: { id: { in: ids }, membership: { is: { orgId } } }, select: { id: true, name: true } });
  const names = new Map(members.map((m) => [m.id, m.name]));
  return versions.map((v) => ({
    number: v.number,
    status: v.status,
    submittedAt: v.submittedAt.toISOString(),
    submittedBy: (v.submittedById && names.get(v.submittedById)) ?? null,
    decidedAt: v.decidedAt?.toISOString() ?? null,
    hash: v.hash,
  }));
}

const PERSON_FIELDS = new Map(allRegisters().map((r) => [r.kind as string, r.fields.filter((f) => f.type === "person").map((f) => f.key)]));

/** The names of the people the snapshot's inventory items refer to, read from the organisation's people. */
async function peopleOf(tx: Tx, orgId: string, items: { kind: string; data: unknown }[]): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const item of items) {
    const data = item.data as Record<string, unknown> | null;
    for (const key of PERSON_FIELDS.get(item.kind) ?? []) if (typeof data?.[key] === "string" && data[key]) ids.add(data[key]);
  }
  if (ids.size === 0) return {};
  const people = await tx.person.findMany({ where: { orgId, id: { in: [...ids] } }, select: { id: true, name: true } });
  return Object.fromEntries(people.map((p) => [p.id, p.name]));
}

/** The required approvers of a version awaiting approval who have not decided yet, by name, in the order they were named. */
async function awaitedApprovers(tx: Tx, version: { status: string; requiredApproverIds: string[]; approvals: { approverId: string }[] }): Promise<string[]> {
  if (version.status !== "submitted") return [];
  const ids = version.requiredApproverIds.filter((id) => !version.approvals.some((a) => a.approverId === id));
  // By account, as the version's page names them (approverStandings): the ids are the version's own,
  // and one who has left the organisation since is still someone it waits for.
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return ids.flatMap((id) => names.get(id) ?? []);
}

/** Whose contact details the version prints differ from the people register's today. */
async function contactsChangedSince(tx: Tx, orgId: string, snapshot: ReportSnapshot): Promise<string[]> {
  const { sponsor } = snapshot.plan;
  const named = [sponsor, ...snapshot.committee.members.map((m) => m.person), ...snapshot.committee.ertRoles.flatMap((r) => [r.primary, r.alternate])];
  const ids = [...new Set(named.flatMap((p) => (p ? [p.id] : [])))];
  if (ids.length === 0) return [];
  const today = await tx.person.findMany({ where: { orgId, id: { in: ids } }, select: { id: true, name: true, email: true, workPhone: true, mobilePhone: true, afterHoursPhone: true } });
  return contactsChanged(named, today);
}

/**
 * Everything a report renders, read in the caller's transaction (one moment's only under
 * REPEATABLE READ: readReportInput): a stored version as it was frozen, or the plan as it is now
 * (the draft) next to its last approved version. The caller has already checked the plan belongs to `orgId`.
 */
export async function loadReportInput(
  tx: Tx,
  { orgId, planId, versionNumber, audit, now = new Date() }: { orgId: string; planId: string; versionNumber: number | null; audit: { from: Date; to: Date } | null; now?: Date },
): Promise<ReportInput> {
  const plan = await tx.plan.findFirst({
    where: { id: planId, orgId },
    select: { name: true, contentRevision: true, reviewCadenceDays: true, org: { select: { name: true, reviewPeriodDays: true, documentMarking: true } } },
  });
  if (!plan) throw notFound("The plan");
  const auditRows = audit ? await planAuditRows(tx, { orgId, planId, from: audit.from, to: audit.to }) : [];
  const auditHead = audit ? await auditChainHead(orgId, tx) : null;
  const versions = await versionHistory(tx, orgId, planId);
  const review = await tx.managementReview.findFirst({ where: { orgId }, orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], select: { heldOn: true, nextReviewOn: true } });
  const common = {
    organization: plan.org.name,
    // Today's, not the version's day's: it says how to handle this copy, made now.
    marking: plan.org.documentMarking,
    planName: plan.name,
    reviewCadenceDays: plan.reviewCadenceDays,
    managementReview: review ? { heldOn: dayValue(review.heldOn), nextReviewOn: review.nextReviewOn ? dayValue(review.nextReviewOn) : null } : null,
    reviewPeriodDays: plan.org.reviewPeriodDays,
    generatedAt: now.toISOString(),
    audit: audit ? { from: audit.from.toISOString(), to: audit.to.toISOString(), rows: auditRows, head: auditHead } : null,
    versions,
  };
  if (versionNumber !== null) {
    const version = await tx.planVersion.findFirst({ where: { orgId, planId, number: versionNumber }, include: { approvals: approvalsOf } });
    if (!version) throw notFound("The version");
    return {
      ...common,
      version: {
        number: version.number,
        status: version.status,
        submittedAt: version.submittedAt.toISOString(),
        submittedBy: versions.find((v) => v.number === version.number)?.submittedBy ?? null,
        note: version.note,
        decidedAt: version.decidedAt?.toISOString() ?? null,
        approvedForDays: version.approvedForDays,
        awaiting: await awaitedApprovers(tx, version),
      },
      hash: version.hash,
      approvedVersion: null,
      changedSinceApproval: false,
      planChangedSince: plan.contentRevision !== version.contentRevision,
      changesSinceApproval: null,
      approvals: version.approvals.map(toApproval),
      snapshot: version.snapshot as ReportSnapshot,
      people: await peopleOf(tx, orgId, (version.snapshot as ReportSnapshot).inventories.items),
      contactsChanged: await contactsChangedSince(tx, orgId, version.snapshot as ReportSnapshot),
    };
  }
  const snapshot = await buildSnapshot(tx, { orgId, planId, now });
  const plain = toPlainJson(snapshot) as ReportSnapshot;
  const approved = await tx.planVersion.findFirst({ where: { orgId, planId, status: "approved" }, orderBy: { number: "desc" }, include: { approvals: approvalsOf } });
  // The app's comparison of the approved version with the plan now: what the draft says is not approved.
  const changes = approved ? diffSnapshots(approved.snapshot, plain) : null;
  return {
    ...common,
    version: null,
    hash: snapshotHash(snapshot),
    approvedVersion: approved?.decidedAt ? { number: approved.number, hash: approved.hash, decidedAt: approved.decidedAt.toISOString(), approvedForDays: approved.approvedForDays } : null,
    // Never "unchanged" while the comparison lists a change, whatever the revision says (one made
    // before its trigger existed, decision 59); a field the approved version had not recorded yet is none (decision 65).
    changedSinceApproval: approved ? plan.contentRevision !== approved.contentRevision || recordedChanges(changes ?? []).length > 0 : true,
    planChangedSince: false,
    changesSinceApproval: changes,
    approvals: approved?.approvals.map(toApproval) ?? [],
    snapshot: plain,
    people: await peopleOf(tx, orgId, snapshot.inventories.items),
    contactsChanged: [],
  };
}

/**
 * A report's inputs for the job that renders it (loadReportInput), as of one moment: read in a
 * transaction of their own under REPEATABLE READ. Under Postgres's default each read sees what
 * committed before it, so an approval landing mid-read would give a PDF whose version history
 * says "Awaiting approval" above the approval it lists, or an audit trail without an entry that
 * its chain head counts.
 */
export function readReportInput(args: Parameters<typeof loadReportInput>[1]): Promise<ReportInput> {
  return db.$transaction((tx) => loadReportInput(tx, args), { isolationLevel: "RepeatableRead", timeout: 60_000 });
}
