import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { renamePlan } from "@/lib/plans/rename-plan";
import { archivePlan, restorePlan } from "@/lib/plans/archive-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { listPlans } from "@/lib/plans/list-plans";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { failure, makeOrg } from "./factories";

describe("plans", () => {
  it("creates a plan with its audit row, scoped to the organisation", async () => {
    const { orgId, actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "  Head office ", description: "Leeds" } });
    const row = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row).toMatchObject({ orgId, name: "Head office", description: "Leeds", status: "active", version: 1 });
    const audit = await db.auditLog.findMany({ where: { orgId, entityId: plan.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "plan.created", actorId: actors.committee.userId, after: { name: "Head office" } });
  });

  it("refuses a blank name with a message naming the field, and writes nothing", async () => {
    const { orgId, actors } = await makeOrg();
    const error = await failure(createPlan({ actor: actors.admin, input: { name: "   " } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ name: "Give the plan a name." });
    expect(await db.plan.count({ where: { orgId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId } })).toBe(0);
  });

  it("refuses a duplicate name within an organisation but not across organisations", async () => {
    const a = await makeOrg();
    const b = await makeOrg();
    await createPlan({ actor: a.actors.committee, input: { name: "Warehouse" } });
    const error = await failure(createPlan({ actor: a.actors.committee, input: { name: "Warehouse" } }));
    expect(error.fieldErrors).toEqual({ name: "A plan with this name already exists." });
    await createPlan({ actor: b.actors.committee, input: { name: "Warehouse" } });
    expect(await db.plan.count({ where: { orgId: a.orgId } })).toBe(1);
    expect(await db.plan.count({ where: { orgId: b.orgId } })).toBe(1);
  });

  // The plan list shows active plans only: "already exists" alone sends the user looking for a plan that is not there.
  it("says the name is an archived plan's, and where it is, when an archived plan holds it", async () => {
    const { actors } = await makeOrg();
    const trial = await createPlan({ actor: actors.admin, input: { name: "Head office" } });
    await archivePlan({ actor: actors.admin, input: { planId: trial.id } });
    const said = "An archived plan is called “Head office”: restore it from the archived plans (Show archived plans), or choose another name.";
    expect((await failure(createPlan({ actor: actors.admin, input: { name: "Head office" } }))).fieldErrors).toEqual({ name: said });
    const plan = await createPlan({ actor: actors.admin, input: { name: "Leeds" } });
    expect((await failure(renamePlan({ actor: actors.admin, input: { planId: plan.id, name: "Head office", version: 1 } }))).fieldErrors).toEqual({ name: said });
  });

  it("lets only admin and committee create plans", async () => {
    const { orgId, actors } = await makeOrg();
    for (const role of ["executive", "auditor"] as const) {
      const error = await failure(createPlan({ actor: actors[role], input: { name: `By ${role}` } }));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await db.plan.count({ where: { orgId } })).toBe(0);
  });

  it("renames with optimistic concurrency: a stale version is refused and nothing is overwritten", async () => {
    const { orgId, actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Original" } });
    await renamePlan({ actor: actors.admin, input: { planId: plan.id, name: "First edit", version: 1 } });
    const error = await failure(renamePlan({ actor: actors.committee, input: { planId: plan.id, name: "Second edit", version: 1 } }));
    expect(error.code).toBe("CONFLICT");
    const row = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row).toMatchObject({ name: "First edit", version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "plan.renamed" } });
    expect(audit.before).toMatchObject({ name: "Original" });
    expect(audit.after).toMatchObject({ name: "First edit" });
  });

  it("archives and restores as conditional writes with audit rows", async () => {
    const { orgId, actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Depot" } });
    await archivePlan({ actor: actors.committee, input: { planId: plan.id } });
    const again = await failure(archivePlan({ actor: actors.committee, input: { planId: plan.id } }));
    expect(again).toMatchObject({ code: "CONFLICT", message: "The plan is already archived." });
    expect(await listPlans({ actor: actors.auditor, status: "active" })).toHaveLength(0);
    expect((await listPlans({ actor: actors.auditor, status: "archived" })).map((p) => p.name)).toEqual(["Depot"]);
    const edit = await failure(renamePlan({ actor: actors.committee, input: { planId: plan.id, name: "X", version: 2 } }));
    expect(edit.code).toBe("CONFLICT");
    await restorePlan({ actor: actors.admin, input: { planId: plan.id } });
    const actions = await db.auditLog.findMany({ where: { orgId, entityId: plan.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["plan.created", "plan.archived", "plan.restored"]);
  });

  it("answers not-found for another organisation's plan and changes nothing", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const plan = await createPlan({ actor: theirs.actors.committee, input: { name: "Secret" } });
    // Thunks, so each attempt starts only when awaited (no rejection is left unhandled).
    for (const attempt of [
      () => getPlan({ actor: mine.actors.admin, planId: plan.id }),
      () => renamePlan({ actor: mine.actors.admin, input: { planId: plan.id, name: "Hijacked", version: 1 } }),
      () => archivePlan({ actor: mine.actors.admin, input: { planId: plan.id } }),
    ]) {
      expect((await failure(attempt())).code).toBe("NOT_FOUND");
    }
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ name: "Secret", status: "active", version: 1 });
    expect(await db.auditLog.count({ where: { orgId: mine.orgId } })).toBe(0);
    expect(await listPlans({ actor: mine.actors.admin, status: "active" })).toEqual([]);
  });

  it("shows every stage of the cycle on the overview, in the order of the plan's tabs, empty until its feature records data", async () => {
    const { actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Overview" } });
    const overview = await getPlanOverview({ actor: actors.auditor, plan: await getPlan({ actor: actors.auditor, planId: plan.id }) });
    expect(overview.stages.map((s) => s.key)).toEqual([
      "committee", "risks", "bia", "priorities", "sections", "inventories", "recovery", "tests", "approval",
    ]);
    expect(overview.overall).toBe(0);
    expect(overview.stages.find((s) => s.key === "tests")?.emptyState).toBe("This plan has never been tested.");
  });

  it("counts an approved plan's approval stage as complete, and partly so once the plan changes", async () => {
    const { actors } = await makeOrg();
    const created = await createPlan({ actor: actors.committee, input: { name: "Approved" } });
    const overviewOf = async () => getPlanOverview({ actor: actors.auditor, plan: await getPlan({ actor: actors.auditor, planId: created.id }) });
    const approvalOf = async () => (await overviewOf()).stages.find((s) => s.key === "approval");

    expect(await approvalOf()).toMatchObject({ completeness: 0, note: null, emptyState: "This plan has not been submitted for approval." });
    await setApprovers({ actor: actors.committee, input: { planId: created.id, approverIds: [actors.executive.userId] } });
    const version = await submitPlan({ actor: actors.committee, input: { planId: created.id } });
    expect(await approvalOf()).toMatchObject({ completeness: 50, note: "Version 1 awaits approval; no version has been approved yet." });

    await decideVersion({ actor: actors.executive, input: { planId: created.id, number: 1, decision: "approved", versionHash: version.hash, agree: "yes" } });
    const approved = await overviewOf();
    expect(approved.stages.find((s) => s.key === "approval")).toMatchObject({ completeness: 100 });
    expect(approved.stages.find((s) => s.key === "approval")?.note).toMatch(/^Version 1 was approved on \d{1,2} [A-Z][a-z]{2,3} \d{4}; the plan has not changed since\. The approval holds until \d{1,2} [A-Z][a-z]{2,3} \d{4}\.$/);
    expect(approved.overall).toBe(Math.round(approved.stages.reduce((sum, s) => sum + s.completeness, 0) / 9));
    expect(approved.overall).toBeGreaterThanOrEqual(11);

    await renamePlan({ actor: actors.committee, input: { planId: created.id, name: "Approved, then renamed", version: 1 } });
    expect(await approvalOf()).toMatchObject({ completeness: 50, note: "The plan has changed since version 1 was approved: it needs to be submitted for approval again." });
  });
});
