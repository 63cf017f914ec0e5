import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { makeOrg } from "./factories";
import { inRolledBackTransaction, migrationStatements } from "./migration-sql";

describe("migration archived_plans_withdraw_pending", () => {
  it("withdraws a version left waiting on a plan archived before, settling its requests, with an audit row", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Avonmouth cold store" } });
    await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
    const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    // Archived the old way: the plan alone.
    const archivedAt = new Date("2026-11-30T10:00:00Z");
    await db.plan.update({ where: { id: plan.id }, data: { status: "archived", archivedAt } });

    const statements = migrationStatements({ name: "20261203200000_archived_plans_withdraw_pending" });
    const found = await inRolledBackTransaction(statements, async (tx) => ({
      version: await tx.planVersion.findUniqueOrThrow({ where: { id: version.id }, select: { status: true, decidedAt: true } }),
      request: await tx.notification.findFirstOrThrow({ where: { versionId: version.id, userId: org.actors.executive.userId }, select: { readAt: true } }),
      audit: await tx.auditLog.findMany({ where: { orgId: org.orgId, action: "plan.version_withdrawn" }, select: { entityId: true, planId: true, actorId: true, after: true } }),
    }));
    expect(found.version).toEqual({ status: "withdrawn", decidedAt: archivedAt });
    expect(found.request.readAt).not.toBeNull();
    expect(found.audit).toEqual([{ entityId: version.id, planId: plan.id, actorId: null, after: { status: "withdrawn", reason: "The plan was archived." } }]);
  });
});
