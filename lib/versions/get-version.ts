import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { diffSnapshots } from "@/lib/versions/diff";
import { approvalStatement, frozenNames } from "@/lib/versions/statement";
import { nothingToAssess } from "@/lib/versions/readiness-claims";
import { versionEvidence } from "@/lib/versions/version-evidence";
import { groupBreaches, isBreach } from "@/lib/versions/group-breaches";
import { snapshotContent } from "@/lib/versions/snapshot-content";
import { approverStandings } from "@/lib/versions/approver-standing";
import { lostApprovers, lostApproverWarning } from "@/lib/versions/lost-approvers";
import { decisionOrder } from "@/lib/versions/decision-lines";

/** The parts of a stored snapshot (plain JSON: dates are strings) that the summary reads. */
type Snapshot = {
  risks?: { scenarios?: { key: string; name: string }[] };
  recovery?: {
    assessment: {
      systems: unknown[];
      scenarios: { systems: { rpo: { target: number | null }; rto: { target: number | null } }[]; processes: { mtdOk: boolean | null }[] }[];
      findings: { severity: string; code: string; scenario?: string; system?: string; process?: string; message: string }[];
    } | null;
  };
  tests?: {
    exercises?: { conductedOn: string }[];
    findings?: { status: string; severity: string; description: string; dueOn: string | null; owner: { name: string } | null }[];
  };
};

/**
 * One version as an approver or auditor reads it: what it is, who decided what, what changed
 * since the last approved version before it, and the facts an executive should weigh.
 */
export async function getVersion({ actor, planId, number }: { actor: Actor; planId: string; number: number }) {
  authorize(actor, "plan:read");
  const version = await db.planVersion.findFirst({
    where: { orgId: actor.orgId, planId, number },
    include: {
      plan: { select: { name: true, status: true, contentRevision: true, org: { select: { name: true } } } },
      approvals: { include: { approver: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!version) throw notFound("The version");
  const listed = versionEvidence(version.snapshot);
  // Independent of one another: one round trip for the three instead of three in turn.
  const [baseline, requiredApprovers, held] = await Promise.all([
    db.planVersion.findFirst({
      where: { orgId: actor.orgId, planId, number: { lt: number }, status: { in: ["approved", "superseded"] }, decidedAt: { not: null } },
      orderBy: { number: "desc" },
      select: { number: true, snapshot: true },
    }),
    approverStandings({ orgId: actor.orgId, userIds: version.requiredApproverIds }),
    db.attachment.findMany({ where: { orgId: actor.orgId, planId, id: { in: listed.map((e) => e.id) } }, select: { id: true, removedAt: true } }),
  ]);
  const status = new Map(held.map((a) => [a.id, a.removedAt]));
  const snapshot = version.snapshot as Snapshot;
  const exercises = snapshot.tests?.exercises ?? [];
  const openFindings = (snapshot.tests?.findings ?? []).filter((f) => f.status !== "closed");
  const lastTest = exercises.map((e) => e.conductedOn).sort().at(-1) ?? null;
  const breaches = (snapshot.recovery?.assessment?.findings ?? []).filter(isBreach);
  return {
    // In the approval page's order: by time, then by name for decisions made in the same instant.
    version: { ...version, approvals: [...version.approvals].sort(decisionOrder) },
    requiredApprovers,
    baselineNumber: baseline?.number ?? null,
    changes: diffSnapshots(baseline?.snapshot ?? null, version.snapshot),
    /** The frozen content in words, for the page's client view (components/versions/snapshot-view.tsx). */
    content: snapshotContent(version.snapshot),
    openFindings,
    lastTest,
    breaches,
    /** The same, by scenario (with each scenario's name then), for the approver's summary. */
    breachGroups: groupBreaches(breaches, snapshot.risks?.scenarios ?? []),
    /**
     * The evidence files the version lists: `held` when the file is still stored (evidence a
     * version lists is kept from decision 18 on; a file deleted before then is gone), and when
     * it was removed from the current plan, if it was.
     */
    evidence: listed.map((e) => ({ ...e, held: status.has(e.id), removedAt: status.get(e.id) ?? null })),
    recoveryAssessed: Boolean(snapshot.recovery?.assessment),
    /** A sentence when the assessment had no systems, no scenarios or no targets to judge (so "all met" would be empty). */
    nothingToAssess: snapshot.recovery?.assessment ? nothingToAssess(snapshot.recovery.assessment) : null,
    /** The plan's content changed after this version was frozen (the triggers of decision 5). */
    planChangedSince: version.plan.contentRevision > version.contentRevision,
    /** Why a pending version can never be approved as it stands: an approver it waits for can no longer approve. */
    stuck:
      version.status === "submitted"
        ? lostApproverWarning({ number, lost: lostApprovers({ required: requiredApprovers, decidedIds: version.approvals.map((a) => a.approverId) }) })
        : null,
    statement: approvalStatement({ ...frozenNames(version.snapshot, { orgName: version.plan.org.name, planName: version.plan.name }), number, hash: version.hash }),
    // The same permission decideVersion checks first: a named approver who is no longer an executive is not offered the form.
    canDecide:
      can(actor.role, "plan:approve") &&
      version.status === "submitted" &&
      version.plan.status === "active" &&
      version.requiredApproverIds.includes(actor.userId) &&
      !version.approvals.some((a) => a.approverId === actor.userId),
  };
}

/** Two versions side by side: what changed from `from` to `to`. */
export async function compareVersions({ actor, planId, from, to }: { actor: Actor; planId: string; from: number; to: number }) {
  authorize(actor, "plan:read");
  const rows = await db.planVersion.findMany({ where: { orgId: actor.orgId, planId, number: { in: [from, to] } }, select: { number: true, snapshot: true, hash: true } });
  const a = rows.find((r) => r.number === from);
  const b = rows.find((r) => r.number === to);
  if (!a || !b) throw notFound("The version");
  return { from: a, to: b, changes: diffSnapshots(a.snapshot, b.snapshot) };
}
