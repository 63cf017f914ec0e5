import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { notify } from "@/lib/notifications/notify";
import { buildSnapshot } from "@/lib/versions/build-snapshot";
import { snapshotHash, toPlainJson } from "@/lib/versions/canonical-json";
import { submitPlanSchema } from "@/lib/versions/schemas";

/**
 * Freezes the plan as a new version and asks its approvers to sign it. The plan row is locked
 * first: every edit of plan content also updates that row (the contentRevision triggers), so no
 * edit can land half-way through the snapshot.
 */
export async function submitPlan({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:submit");
  const { planId, note } = parseInput(submitPlanSchema, input);
  return db.$transaction(
    async (tx) => {
      const [plan] = await tx.$queryRaw<{ id: string; name: string; status: string; contentRevision: number }[]>`
        SELECT id, name, status::text AS status, "contentRevision" FROM "Plan" WHERE id = ${planId} AND "orgId" = ${actor.orgId} FOR UPDATE`;
      if (!plan) throw notFound("The plan");
      if (plan.status === "archived") throw new AppError("CONFLICT", "An archived plan cannot be submitted.");
      const pending = await tx.planVersion.findFirst({ where: { orgId: actor.orgId, planId, status: "submitted" }, select: { number: true } });
      if (pending) throw new AppError("CONFLICT", `Version ${pending.number} is awaiting approval. Withdraw it before submitting a new one.`);
      const approvers = await tx.planApprover.findMany({
        where: { orgId: actor.orgId, planId, user: { membership: { orgId: actor.orgId, role: "executive" } } },
        select: { userId: true },
      });
      if (approvers.length === 0) throw new AppError("VALIDATION", "Name at least one executive as approver first.", { approverIds: "Name at least one approver." });
      const last = await tx.planVersion.findFirst({ where: { planId }, orderBy: { number: "desc" }, select: { number: true } });
      const snapshot = toPlainJson(await buildSnapshot(tx, { orgId: actor.orgId, planId }));
      const version = await tx.planVersion.create({
        data: {
          orgId: actor.orgId,
          planId,
          number: (last?.number ?? 0) + 1,
          snapshot: snapshot as object,
          hash: snapshotHash(snapshot),
          contentRevision: plan.contentRevision,
          requiredApproverIds: approvers.map((a) => a.userId),
          submittedById: actor.userId,
          note,
        },
      });
      await recordAudit(tx, {
        actor,
        action: "plan.submitted",
        entityType: "plan_version",
        entityId: version.id,
        planId,
        after: { plan: plan.name, number: version.number, hash: version.hash },
      });
      await notify(tx, {
        orgId: actor.orgId,
        kind: "approvals",
        userIds: version.requiredApproverIds,
        planId,
        versionId: version.id,
        message: `${actor.name} asks you to approve version ${version.number} of “${plan.name}”.`,
        href: `/plans/${planId}/approval/versions/${version.number}`,
      });
      return version;
    },
    { timeout: 30_000 },
  );
}
