import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import type { Plan } from "@/lib/generated/prisma/client";
import { approvalCadenceNote, approvalStatus, approvalTerm } from "@/lib/versions/approval-status";
import { approverStandings } from "@/lib/versions/approver-standing";
import { lostApprovers, lostApproverWarning } from "@/lib/versions/lost-approvers";

/** The plan's approval page: its status, until when its approval holds and on which cadence, why a pending version is stuck, its approvers, the executives who could be, its versions. */
export async function getApprovalOverview({ actor, plan, now = new Date() }: { actor: Actor; plan: Plan; now?: Date }) {
  authorize(actor, "plan:read");
  const [versions, approvers, executives] = await Promise.all([
    db.planVersion.findMany({
      where: { orgId: actor.orgId, planId: plan.id },
      orderBy: { number: "desc" },
      select: {
        id: true, number: true, status: true, hash: true, contentRevision: true, submittedAt: true, decidedAt: true, approvedForDays: true, note: true, requiredApproverIds: true,
        approvals: { select: { decision: true, createdAt: true, comment: true, approver: { select: { id: true, name: true } } } },
      },
    }),
    db.planApprover.findMany({ where: { orgId: actor.orgId, planId: plan.id }, select: { user: { select: { id: true, name: true, email: true } } } }),
    db.membership.findMany({ where: { orgId: actor.orgId, role: "executive" }, select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { user: { name: "asc" } } }),
  ]);
  const status = approvalStatus({ versions, contentRevision: plan.contentRevision, reviewCadenceDays: plan.reviewCadenceDays, now });
  // Until when the approval in force holds, in the words the report uses too, and which cadence that follows when the plan's has changed since.
  const term = status.approved ? approvalTerm({ ...status.approved, now }) : null;
  const cadenceNote = status.approved ? approvalCadenceNote({ ...status.approved, reviewCadenceDays: plan.reviewCadenceDays }) : null;
  // Why the version awaiting approval can never be approved as it stands, if an approver it waits for can no longer approve.
  const pending = versions.find((v) => v.status === "submitted");
  const stuck = pending
    ? lostApproverWarning({
        number: pending.number,
        lost: lostApprovers({
          required: await approverStandings({ orgId: actor.orgId, userIds: pending.requiredApproverIds }),
          decidedIds: pending.approvals.map((a) => a.approver.id),
        }),
      })
    : null;
  return { status, term, cadenceNote, stuck, versions, approvers: approvers.map((a) => a.user), executives: executives.map((e) => e.user) };
}
