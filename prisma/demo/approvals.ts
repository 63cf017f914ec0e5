/**
 * Demo approval history for "Bristol operations": both executives approved version 1 in
 * February; the file server was resized since, so the plan shows as changed since approval.
 */
import { buildSnapshot } from "../../lib/versions/build-snapshot";
import { snapshotHash, toPlainJson } from "../../lib/versions/canonical-json";
import { approvalStatement } from "../../lib/versions/statement";
import type { StageSeed } from "./index";

export const seedApprovals: StageSeed = async (tx, ctx) => {
  if (ctx.orgSlug !== "harbour-lane-foods" || ctx.planName !== "Bristol operations") return;
  const executives = await tx.membership.findMany({
    where: { orgId: ctx.orgId, role: "executive" },
    select: { userId: true },
    orderBy: { user: { name: "asc" } },
  });
  const submitter = await tx.user.findFirstOrThrow({ where: { email: "priya.shah@harbourlane.example" } });
  const org = await tx.organization.findUniqueOrThrow({ where: { id: ctx.orgId } });
  await tx.planApprover.createMany({ data: executives.map((e) => ({ orgId: ctx.orgId, planId: ctx.planId, userId: e.userId })) });

  const plan = await tx.plan.findUniqueOrThrow({ where: { id: ctx.planId } });
  const snapshot = toPlainJson(await buildSnapshot(tx, { orgId: ctx.orgId, planId: ctx.planId }));
  const hash = snapshotHash(snapshot);
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
      submittedAt: new Date("2026-02-09T10:00:00Z"),
      decidedAt: new Date("2026-02-12T16:30:00Z"),
      note: "First complete plan after the January committee workshop.",
    },
  });
  const statement = approvalStatement({ orgName: org.name, planName: plan.name, number: 1, hash });
  await tx.approval.createMany({
    data: executives.map((e, i) => ({
      orgId: ctx.orgId,
      versionId: version.id,
      approverId: e.userId,
      decision: "approved" as const,
      statement,
      versionHash: hash,
      comment: i === 0 ? "Approved. Please test the ransomware scenario this year." : "",
      createdAt: new Date(Date.UTC(2026, 1, 10 + 2 * i, 15, 0)),
    })),
  });
  await tx.system.updateMany({
    where: { planId: ctx.planId, name: "FILE01" },
    data: { usedGB: 1450, description: "File server: shared drives, scanned delivery notes (grew after the archive migration)" },
  });
};
