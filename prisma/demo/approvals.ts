/**
 * Demo approval history for "Bristol operations": both executives approved version 1 in
 * February, with the January backup check as its test evidence; the file server was resized and
 * two tests held since, so the plan shows as changed since approval. The
 * version is decided when its last approver approved, and the audit log holds its submission and
 * each decision as the app writes them, at their times, so the evidence an auditor reads agrees.
 */
import { buildSnapshot } from "../../lib/versions/build-snapshot";
import { snapshotHash, toPlainJson } from "../../lib/versions/canonical-json";
import { approvalStatement } from "../../lib/versions/statement";
import type { StageSeed } from "./index";

export const seedApprovals: StageSeed = async (tx, ctx) => {
  if (ctx.orgSlug !== "harbour-lane-foods" || ctx.planName !== "Bristol operations") return;
  const executives = await tx.membership.findMany({
    where: { orgId: ctx.orgId, role: "executive" },
    select: { userId: true, user: { select: { email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const submitter = await tx.user.findFirstOrThrow({ where: { email: "priya.shah@harbourlane.example" } });
  const org = await tx.organization.findUniqueOrThrow({ where: { id: ctx.orgId } });
  await tx.planApprover.createMany({ data: executives.map((e) => ({ orgId: ctx.orgId, planId: ctx.planId, userId: e.userId })) });

  const plan = await tx.plan.findUniqueOrThrow({ where: { id: ctx.planId } });
  const snapshot = toPlainJson(await buildSnapshot(tx, { orgId: ctx.orgId, planId: ctx.planId }));
  const hash = snapshotHash(snapshot);
  const submittedAt = new Date("2026-02-09T10:00:00Z");
  const decisions = executives.map((e, i) => ({
    ...e,
    at: new Date(Date.UTC(2026, 1, 10 + 2 * i, 15, 0)),
    comment: i === 0 ? "Approved. Please test the ransomware scenario this year." : "",
  }));
  const decidedAt = decisions.at(-1)!.at;
  const version = await tx.planVersion.create({
    data: {
      orgId: ctx.orgId,
      planId: ctx.planId,
      number: 1,
      status: "approved",
      snapshot: snapshot as object,
      hash,
      contentRevision: plan.contentRevision,
      requiredApproverIds: executives.map((e) => e.userId),
      submittedById: submitter.id,
      submittedAt,
      decidedAt,
      // The review cadence it was approved for, as decideVersion keeps it (decision 65).
      approvedForDays: plan.reviewCadenceDays,
      note: "First complete plan after the January committee workshop.",
    },
  });
  const statement = approvalStatement({ orgName: org.name, planName: plan.name, number: 1, hash });
  await tx.approval.createMany({
    data: decisions.map((d) => ({
      orgId: ctx.orgId,
      versionId: version.id,
      approverId: d.userId,
      decision: "approved" as const,
      statement,
      versionHash: hash,
      comment: d.comment,
      createdAt: d.at,
    })),
  });
  // The rows submitPlan and decideVersion write (lib/versions), at the times above.
  const entry = { orgId: ctx.orgId, entityType: "plan_version", entityId: version.id, planId: ctx.planId };
  await tx.auditLog.createMany({
    data: [
      { ...entry, actorId: submitter.id, actorEmail: submitter.email, action: "plan.submitted", after: { plan: plan.name, number: 1, hash }, createdAt: submittedAt },
      ...decisions.map((d) => ({
        ...entry,
        actorId: d.userId,
        actorEmail: d.user.email,
        action: "plan.version_approved_by",
        after: { number: 1, hash, decision: "approved", comment: d.comment },
        createdAt: d.at,
      })),
      {
        ...entry,
        actorId: decisions.at(-1)!.userId,
        actorEmail: decisions.at(-1)!.user.email,
        action: "plan.approved",
        before: { status: "submitted" },
        after: { status: "approved", number: 1, hash, approvedForDays: plan.reviewCadenceDays },
        createdAt: decidedAt,
      },
    ],
  });
  await tx.system.updateMany({
    where: { planId: ctx.planId, name: "FILE01" },
    data: { usedGB: 1450, description: "File server: shared drives, scanned delivery notes (grew after the archive migration)" },
  });
};
