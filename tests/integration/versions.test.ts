import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { db } from "@/lib/db/client";
import { listAudit } from "@/lib/audit/list-audit";
import { actionText } from "@/lib/audit/audit-display";
import type { Actor } from "@/lib/auth/context";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan, restorePlan } from "@/lib/plans/archive-plan";
import { renamePlan } from "@/lib/plans/rename-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getArchiveEffects } from "@/lib/plans/get-archive-effects";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { withdrawVersion } from "@/lib/versions/withdraw-version";
import { verifyVersion } from "@/lib/versions/verify-version";
import { downloadVersionContent } from "@/lib/versions/download-version-content";
import { getApprovalOverview } from "@/lib/versions/get-approval-overview";
import { compareVersions, getVersion } from "@/lib/versions/get-version";
import { compareWithCurrent } from "@/lib/versions/compare-with-current";
import { loadReportInput } from "@/lib/reports/load-report-input";
import { snapshotHash } from "@/lib/versions/canonical-json";
import { markVersionRead } from "@/lib/notifications/mark-version-read";
import { createSystem } from "@/lib/systems/create-system";
import { saveSite } from "@/lib/recovery/setup/save-site";
import { setTestCadence } from "@/lib/exercises/set-test-cadence";
import { updateBiaSettings } from "@/lib/settings/update-bia-settings";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";
import { SnapshotView } from "@/components/versions/snapshot-view";
import { failure, makeOrg, type TestOrg } from "./factories";
import { holdTable, signal, untilWaitingOnLock } from "./interleave";

async function secondExecutive(org: TestOrg): Promise<Actor> {
  const email = `exec2-${org.orgId}@example.test`;
  const user = await db.user.create({ data: { email, name: "Second Executive" } });
  await db.membership.create({ data: { orgId: org.orgId, userId: user.id, role: "executive" } });
  return { ...org.actors.executive, userId: user.id, email, name: user.name };
}

async function planWithApprovers(org: TestOrg, approvers: Actor[]) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Plan ${Math.random()}` } });
  await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: approvers.map((a) => a.userId) } });
  return plan;
}

const approve = (actor: Actor, planId: string, number: number, versionHash: string) =>
  decideVersion({ actor, input: { planId, number, decision: "approved", versionHash, agree: "yes" } });

describe("plan versions and approval", () => {
  it("freezes a version identified by the SHA-256 of its snapshot, audits it and notifies the approvers", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const row = await db.planVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(row).toMatchObject({ number: 1, status: "submitted", requiredApproverIds: [org.actors.executive.userId] });
    expect(row.hash).toBe(snapshotHash(row.snapshot));
    expect((row.snapshot as { plan: { name: string } }).plan.name).toBe(plan.name);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.submitted", entityId: version.id } })).toBe(1);
    const notes = await db.notification.findMany({ where: { userId: org.actors.executive.userId } });
    expect(notes.map((n) => n.href)).toEqual([`/plans/${plan.id}/approval/versions/1`]);
  });

  it("refuses to submit without approvers, or while a version awaits approval", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "No approvers" } });
    expect((await failure(submitPlan({ actor: org.actors.committee, input: { planId: plan.id } }))).fieldErrors).toEqual({ approverIds: "Name at least one approver." });
    await setApprovers({ actor: org.actors.admin, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
    await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect((await failure(submitPlan({ actor: org.actors.committee, input: { planId: plan.id } }))).code).toBe("CONFLICT");
    await withdrawVersion({ actor: org.actors.committee, input: { planId: plan.id, number: 1 } });
    expect((await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } })).number).toBe(2);
    expect((await failure(setApprovers({ actor: org.actors.admin, input: { planId: plan.id, approverIds: [org.actors.auditor.userId] } }))).fieldErrors).toEqual({
      approverIds: "Approvers must be executives of your organisation.",
    });
  });

  it("keeps an archived plan's approvers as they were", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    await archivePlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const second = await secondExecutive(org);
    const refused = await failure(setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [second.userId] } }));
    expect(refused).toMatchObject({ code: "CONFLICT", message: "An archived plan cannot be edited." });
    expect((await db.planApprover.findMany({ where: { planId: plan.id } })).map((a) => a.userId)).toEqual([org.actors.executive.userId]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.approvers_set" } })).toBe(1);
  });

  it("withdraws an archived plan's pending version in the same transaction, and restoring does not revive it", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive, other]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect(await archivePlan({ actor: org.actors.admin, input: { planId: plan.id } })).toEqual({ withdrawn: 1 });

    const row = await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } });
    const archived = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row).toMatchObject({ status: "withdrawn", decidedAt: archived.archivedAt });
    // Neither executive is asked any more; the submitter is told why.
    const requests = await db.notification.findMany({ where: { versionId: v1.id, message: { contains: "asks you to approve" } } });
    expect(requests.map((n) => n.userId).sort()).toEqual([org.actors.executive.userId, other.userId].sort());
    expect(requests.every((n) => n.readAt !== null)).toBe(true);
    const told = await db.notification.findFirstOrThrow({ where: { versionId: v1.id, userId: org.actors.committee.userId } });
    expect(told).toMatchObject({ readAt: null, message: `Version 1 of “${plan.name}” was withdrawn from approval: the plan was archived.` });
    const audit = await db.auditLog.findMany({ where: { orgId: org.orgId, planId: plan.id, action: { in: ["plan.archived", "plan.version_withdrawn"] } }, orderBy: { action: "asc" } });
    expect(audit.map((a) => [a.action, a.entityId, a.actorId, a.after])).toEqual([
      ["plan.archived", plan.id, org.actors.admin.userId, { status: "archived" }],
      ["plan.version_withdrawn", v1.id, org.actors.admin.userId, { status: "withdrawn", reason: "The plan was archived." }],
    ]);
    expect((await getVersion({ actor: org.actors.executive, planId: plan.id, number: 1 })).canDecide).toBe(false);
    expect(await failure(approve(org.actors.executive, plan.id, 1, v1.hash))).toMatchObject({ code: "CONFLICT", message: "Version 1 is no longer awaiting approval (it is withdrawn)." });

    expect(await getArchiveEffects({ actor: org.actors.admin, plan: archived })).toEqual({ pending: null, withdrawnOnArchive: 1 });
    expect(await restorePlan({ actor: org.actors.committee, input: { planId: plan.id } })).toEqual({ withdrawn: null });
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("withdrawn");
    expect((await getVersion({ actor: org.actors.executive, planId: plan.id, number: 1 })).canDecide).toBe(false);
    expect((await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } })).number).toBe(2);
  });

  it("an approval while the plan is being archived waits for the archive and is refused, rather than deadlocking with it", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const written = signal();
    const waiting = signal();
    // Archiving's order (lib/plans/archive-plan.ts): the plan's row first, then the pending version
    // withdrawn; held open between the two while the executive's decision starts.
    const archive = db.$transaction(
      async (tx) => {
        await tx.plan.update({ where: { id: plan.id }, data: { status: "archived", archivedAt: new Date(), version: { increment: 1 } } });
        written.settle();
        await waiting.promise;
        await tx.planVersion.update({ where: { id: v1.id }, data: { status: "withdrawn", decidedAt: new Date() } });
      },
      { timeout: 20_000 },
    );
    await written.promise;
    const decision = approve(org.actors.executive, plan.id, 1, v1.hash).then(
      () => null,
      (error: unknown) => error,
    );
    // The decision waits on the plan's row; had it locked the version first, the withdrawal would now wait on it.
    await untilWaitingOnLock({ query: '%"Plan"%FOR SHARE%', what: "decisions" });
    waiting.settle();
    await archive;
    expect(await decision).toMatchObject({ code: "CONFLICT", message: "Version 1 is no longer awaiting approval (it is withdrawn)." });
    expect(await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } })).toMatchObject({ status: "withdrawn", approvedForDays: null });
  });

  it("tells the archive dialog which version awaits whom, and archives a plan with nothing pending as before", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive, other]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await approve(other, plan.id, 1, v1.hash);
    const active = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(await getArchiveEffects({ actor: org.actors.committee, plan: active })).toEqual({
      pending: { number: 1, approvers: [org.actors.executive.name] },
      withdrawnOnArchive: null,
    });
    await withdrawVersion({ actor: org.actors.committee, input: { planId: plan.id, number: 1 } });
    expect(await archivePlan({ actor: org.actors.committee, input: { planId: plan.id } })).toEqual({ withdrawn: null });
    const archived = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(await getArchiveEffects({ actor: org.actors.committee, plan: archived })).toEqual({ pending: null, withdrawnOnArchive: null });
    expect(await db.auditLog.count({ where: { planId: plan.id, action: "plan.version_withdrawn" } })).toBe(1);
  });

  it("is approved only when every required approver has approved, recording who, the hash and the statement", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive, other]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect(await approve(org.actors.executive, plan.id, 1, v1.hash)).toEqual({ status: "submitted" });
    expect(await approve(other, plan.id, 1, v1.hash)).toEqual({ status: "approved" });
    const approvals = await db.approval.findMany({ where: { versionId: v1.id }, orderBy: { createdAt: "asc" } });
    expect(approvals.map((a) => [a.approverId, a.decision, a.versionHash])).toEqual([
      [org.actors.executive.userId, "approved", v1.hash],
      [other.userId, "approved", v1.hash],
    ]);
    expect(approvals[0].statement).toContain(`SHA-256 ${v1.hash}`);
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("approved");
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.approved" } })).toBe(1);
  });

  it("lists on the version page decisions made in the same instant by name, as the approval page does, never in the order they were stored", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    await db.user.update({ where: { id: org.actors.executive.userId }, data: { name: "Zainab Okafor" } });
    await db.user.update({ where: { id: other.userId }, data: { name: "Amara Diallo" } });
    const plan = await planWithApprovers(org, [org.actors.executive, other]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await approve(org.actors.executive, plan.id, 1, v1.hash);
    await approve(other, plan.id, 1, v1.hash);
    await db.approval.updateMany({ where: { versionId: v1.id }, data: { createdAt: new Date("2026-11-20T10:00:00Z") } });
    const { version } = await getVersion({ actor: org.actors.auditor, planId: plan.id, number: 1 });
    expect(version.approvals.map((a) => a.approver.name)).toEqual(["Amara Diallo", "Zainab Okafor"]);
  });

  it("names in each statement the plan as the version froze it, not as it was renamed while the version awaited approval", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive, other]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await renamePlan({ actor: org.actors.committee, input: { planId: plan.id, name: "Renamed after submission", version: plan.version } });
    // What the approver is asked to tick: the version's content, which its hash covers, names the plan as it was.
    const shown = await getVersion({ actor: org.actors.executive, planId: plan.id, number: 1 });
    expect(shown.content.find((c) => c.title === "Plan details")?.records[0].label).toBe(plan.name);
    expect(shown.statement).toContain(`version 1 of “${plan.name}” (SHA-256 ${v1.hash})`);
    await approve(org.actors.executive, plan.id, 1, v1.hash);
    await decideVersion({ actor: other, input: { planId: plan.id, number: 1, decision: "rejected", versionHash: v1.hash, comment: "Not yet." } });
    const statements = (await db.approval.findMany({ where: { versionId: v1.id }, orderBy: { createdAt: "asc" } })).map((a) => a.statement);
    expect(statements[0]).toBe(shown.statement);
    expect(statements[1]).toBe(`I reject version 1 of “${plan.name}” (SHA-256 ${v1.hash}).`);
  });

  it("counts two simultaneous approvals once each: the version is approved exactly once", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive, other]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const results = await Promise.all([approve(org.actors.executive, plan.id, 1, v1.hash), approve(other, plan.id, 1, v1.hash)]);
    expect(results.map((r) => r.status).sort()).toEqual(["approved", "submitted"]);
    expect(await db.approval.count({ where: { versionId: v1.id } })).toBe(2);
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("approved");
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.approved" } })).toBe(1);
  });

  it("never freezes half an edit: a snapshot and its revision agree even when an edit races the submission", async () => {
    const org = await makeOrg();
    for (let round = 0; round < 6; round++) {
      const plan = await planWithApprovers(org, [org.actors.executive]);
      const before = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
      const [, version] = await Promise.all([
        renamePlan({ actor: org.actors.admin, input: { planId: plan.id, name: `${plan.name} renamed`, version: before.version } }),
        submitPlan({ actor: org.actors.committee, input: { planId: plan.id } }),
      ]);
      const name = (version.snapshot as { plan: { name: string } }).plan.name;
      if (name === plan.name) expect(version.contentRevision).toBe(before.contentRevision);
      else expect([name, version.contentRevision]).toEqual([`${plan.name} renamed`, before.contentRevision + 1]);
    }
  });

  it("shows an edit after approval as a change since that version, which stays readable as approved", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await approve(org.actors.executive, plan.id, 1, v1.hash);
    const approved = await getPlan({ actor: org.actors.auditor, planId: plan.id });
    expect((await getApprovalOverview({ actor: org.actors.auditor, plan: approved })).status.label).toBe("Approved v1");
    await renamePlan({ actor: org.actors.committee, input: { planId: plan.id, name: "Edited after approval", version: approved.version } });
    const edited = await getPlan({ actor: org.actors.auditor, planId: plan.id });
    expect((await getApprovalOverview({ actor: org.actors.auditor, plan: edited })).status).toMatchObject({ label: "Changed since approval v1", changedSinceApproval: true });
    const v1Read = await getVersion({ actor: org.actors.auditor, planId: plan.id, number: 1 });
    expect((v1Read.version.snapshot as { plan: { name: string } }).plan.name).toBe(plan.name);
    // What changed, before anyone submits again: the approved version against the plan now.
    const sinceApproval = await compareWithCurrent({ actor: org.actors.executive, planId: plan.id, from: 1 });
    expect(sinceApproval.changes).toEqual([
      { stage: "Plan", title: "Plan details", added: [], removed: [], changed: [{ id: plan.id, label: "Edited after approval", fields: [{ field: "name", label: "Name", before: plan.name, after: "Edited after approval" }] }] },
    ]);
    const other = await makeOrg();
    expect((await failure(compareWithCurrent({ actor: other.actors.admin, planId: plan.id, from: 1 }))).code).toBe("NOT_FOUND");

    const v2 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const v2Read = await getVersion({ actor: org.actors.executive, planId: plan.id, number: 2 });
    expect(v2Read.baselineNumber).toBe(1);
    expect(v2Read.changes).toEqual([
      { stage: "Plan", title: "Plan details", added: [], removed: [], changed: [{ id: plan.id, label: "Edited after approval", fields: [{ field: "name", label: "Name", before: plan.name, after: "Edited after approval" }] }] },
    ]);
    await approve(org.actors.executive, plan.id, 2, v2.hash);
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("superseded");
  });

  it("compares a version with the plan as it stood at one moment, even when the plan is edited while the comparison reads it", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const scope = { orgId: org.orgId, planId: plan.id };
    const system = await db.system.create({ data: { ...scope, name: "SQL" } });
    await db.businessFunction.create({ data: { ...scope, name: "Sign-in", systems: { connect: [{ id: system.id }] } } });
    await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    // The consistency groups are read after the functions (which name their systems) and before the
    // systems themselves: held, they stop the comparison between the two while the system is renamed.
    const held = await holdTable("ConsistencyGroup");
    const comparing = compareWithCurrent({ actor: org.actors.executive, planId: plan.id, from: 1 });
    await untilWaitingOnLock({ query: '%"ConsistencyGroup"%', what: "the comparison's reads" });
    await db.system.update({ where: { id: system.id }, data: { name: "SQL-01" } });
    await held.release();
    // As the plan stood when the comparison began: no half of the rename (the system renamed, its function still naming "SQL").
    expect((await comparing).changes).toEqual([]);
  });

  it("records in the audit trail when a later approval supersedes the version in force, on that version's record", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await approve(org.actors.executive, plan.id, 1, v1.hash);
    await renamePlan({ actor: org.actors.committee, input: { planId: plan.id, name: "Renamed for version 2", version: (await getPlan({ actor: org.actors.committee, planId: plan.id })).version } });
    const v2 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await approve(org.actors.executive, plan.id, 2, v2.hash);
    const rows = await db.auditLog.findMany({ where: { orgId: org.orgId, entityId: v1.id }, orderBy: { seq: "asc" }, select: { action: true, before: true, after: true, actorId: true, planId: true } });
    expect(rows.at(-1)).toEqual({
      action: "plan.version_superseded",
      before: { status: "approved" },
      after: { status: "superseded", number: 1, supersededBy: 2 },
      actorId: org.actors.executive.userId,
      planId: plan.id,
    });
    const log = await listAudit({ actor: org.actors.auditor, query: { q: "superseded" } });
    expect(log.rows.map((r) => [actionText(r.action), r.entityId])).toEqual([["Superseded by a later approval", v1.id]]);
  });

  it("reads a version frozen before ERT roles recorded who leads as not recording it: the backfilled lead is no change, one marked since is (decision 65)", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const scope = { orgId: org.orgId, planId: plan.id };
    const lead = await db.ertRole.create({ data: { ...scope, title: "Incident lead", responsibilities: "Declares the incident and invokes the plan.", sortOrder: 0 } });
    const deputy = await db.ertRole.create({ data: { ...scope, title: "Deputy", responsibilities: "Stands in for the incident lead.", sortOrder: 1 } });
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await approve(org.actors.executive, plan.id, 1, v1.hash);
    // Version 1 as a release before the flag froze it: format 1, no role saying whether it leads.
    const stored = await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } });
    const older = { ...(stored.snapshot as Record<string, unknown>), format: 1 };
    const hash = snapshotHash(older);
    await db.planVersion.update({ where: { id: v1.id }, data: { snapshot: older, hash } });
    await db.approval.updateMany({ where: { versionId: v1.id }, data: { versionHash: hash } });
    // The migration's backfill (decision 56), as it ran: the roles' revision trigger off, so the approved plan is not changed.
    await db.$transaction([
      db.$executeRaw`ALTER TABLE "ErtRole" DISABLE TRIGGER "ErtRole_revision"`,
      db.ertRole.update({ where: { id: lead.id }, data: { leadsResponse: true } }),
      db.$executeRaw`ALTER TABLE "ErtRole" ENABLE TRIGGER "ErtRole_revision"`,
    ]);
    const status = async () => (await getApprovalOverview({ actor: org.actors.auditor, plan: await db.plan.findUniqueOrThrow({ where: { id: plan.id } }) })).status.label;
    const roleChanges = async () =>
      (await compareWithCurrent({ actor: org.actors.auditor, planId: plan.id, from: 1 })).changes.flatMap((c) => c.changed.flatMap((r) => r.fields.map((f) => `${r.label}: ${f.label}: ${f.before} → ${f.after}`)));
    const draftReport = () => db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber: null, audit: null }));
    expect(await verifyVersion({ actor: org.actors.auditor, planId: plan.id, number: 1 })).toMatchObject({ ok: true });
    expect(await status()).toBe("Approved v1");
    expect(await roleChanges()).toEqual(["Incident lead: Leads the response: not recorded → yes"]);
    // The report says what the app says: not changed since approval.
    expect((await draftReport()).changedSinceApproval).toBe(false);

    // A lead marked after the approval is a change of the plan, and the comparison lists it.
    await db.ertRole.update({ where: { id: deputy.id }, data: { leadsResponse: true } });
    expect(await status()).toBe("Changed since approval v1");
    expect(await roleChanges()).toEqual(["Incident lead: Leads the response: not recorded → yes", "Deputy: Leads the response: not recorded → yes"]);
    expect((await draftReport()).changedSinceApproval).toBe(true);

    // A version frozen now records it: between it and a later one, a mark changed reads no → yes.
    const v2 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: v2.id } })).snapshot).toMatchObject({ format: 2 });
    await approve(org.actors.executive, plan.id, 2, v2.hash);
    await db.ertRole.update({ where: { id: deputy.id }, data: { leadsResponse: false } });
    const since2 = await compareWithCurrent({ actor: org.actors.auditor, planId: plan.id, from: 2 });
    expect(since2.changes.flatMap((c) => c.changed.flatMap((r) => r.fields))).toEqual([{ field: "leadsResponse", label: "Leads the response", before: "yes", after: "no" }]);
  });

  it("reads a version frozen before titles sorted like names as unchanged where only a list's order differs, and a link added since as a change (decision 91)", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const scope = { orgId: org.orgId, planId: plan.id };
    const threat = (title: string) => db.threat.create({ data: { ...scope, category: "natural", title, likelihood: 2, impact: 3 } });
    const vendor = (label: string) => db.inventoryItem.create({ data: { ...scope, kind: "vendors", label, data: { name: label } } });
    const [zulu, alpha, zenith, acme] = [await threat("Zulu flood"), await threat("alpha outage"), await vendor("Zenith Couriers"), await vendor("acme Packaging")];
    const scenario = await db.scenario.create({ data: { ...scope, key: "site-loss", name: "Site loss", kind: "site", threats: { connect: [{ id: zulu.id }, { id: alpha.id }] } } });
    await db.businessFunction.create({ data: { ...scope, name: "Payroll", vendors: { connect: [{ id: zenith.id }, { id: acme.id }] } } });
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await approve(org.actors.executive, plan.id, 1, v1.hash);

    type Lists = { risks: { scenarios: { threats: { title: string }[] }[] }; bia: { functions: { vendors: { label: string }[] }[] } };
    const frozen = (await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } })).snapshot as Lists;
    expect(frozen.risks.scenarios[0].threats.map((t) => t.title)).toEqual(["alpha outage", "Zulu flood"]);
    // As a version frozen before migration 20261227000000 holds them: in the database's "C" order, capitals first.
    const older = structuredClone(frozen);
    older.risks.scenarios[0].threats.reverse();
    older.bia.functions[0].vendors.reverse();
    const hash = snapshotHash(older);
    await db.planVersion.update({ where: { id: v1.id }, data: { snapshot: older, hash } });
    await db.approval.updateMany({ where: { versionId: v1.id }, data: { versionHash: hash } });

    const status = async () => (await getApprovalOverview({ actor: org.actors.auditor, plan: await db.plan.findUniqueOrThrow({ where: { id: plan.id } }) })).status.label;
    const changes = async () => (await compareWithCurrent({ actor: org.actors.auditor, planId: plan.id, from: 1 })).changes.flatMap((c) => c.changed.flatMap((r) => r.fields.map((f) => `${r.label}: ${f.label}: ${f.before} → ${f.after}`)));
    const draftReport = () => db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber: null, audit: null }));
    expect(await status()).toBe("Approved v1");
    expect(await changes()).toEqual([]);
    expect((await draftReport()).changedSinceApproval).toBe(false);

    // A threat linked since is a change, listed in reader order on both sides.
    const beta = await threat("Beta fire");
    await db.scenario.update({ where: { id: scenario.id }, data: { threats: { connect: [{ id: beta.id }] } } });
    expect(await status()).toBe("Changed since approval v1");
    expect(await changes()).toEqual(["Site loss: Threats: alpha outage, Zulu flood → alpha outage, Beta fire, Zulu flood"]);
    expect((await draftReport()).changedSinceApproval).toBe(true);

    // Version to version: the new one holds the reader order, the old one the "C" order; only the link differs.
    const v2 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const between = await compareVersions({ actor: org.actors.auditor, planId: plan.id, from: 1, to: 2 });
    expect(v2.hash).not.toBe(hash);
    expect(between.changes.flatMap((c) => c.changed.flatMap((r) => r.fields.map((f) => `${f.label}: ${f.before} → ${f.after}`)))).toEqual(["Threats: alpha outage, Zulu flood → alpha outage, Beta fire, Zulu flood"]);
  });

  it("shows the frozen content in words, every record and field, from words the server prepared once", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const system = await createSystem({ actor: org.actors.committee, input: { planId: plan.id, name: "SQL01", kind: "vm" } });
    await db.businessFunction.create({
      data: { orgId: org.orgId, planId: plan.id, name: "Order taking", rtoMinutes: 240, systems: { connect: [{ id: system.id }] } },
    });
    await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    // Submitted after: the version keeps the content it froze.
    await db.businessFunction.updateMany({ where: { planId: plan.id }, data: { name: "Renamed since" } });
    const { content } = await getVersion({ actor: org.actors.executive, planId: plan.id, number: 1 });
    // Plain strings only: the page hands them to its client view as data, not as thousands of
    // elements rendered on the server, which made the page take seconds.
    expect(JSON.parse(JSON.stringify(content))).toEqual(content);
    expect(content.flatMap((c) => c.records.flatMap((r) => r.fields.flat())).every((text) => typeof text === "string")).toBe(true);

    const text = renderToStaticMarkup(createElement(SnapshotView, { collections: content }))
      .replace(/<\/(dt|dd|p|summary)>/g, "$& ")
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ");
    expect(text).toContain("Business impact analysis: Business functions (1) Order taking Name Order taking ");
    expect(text).toContain("RTO 4 h ");
    expect(text).toContain("Systems: IT systems (1) SQL01 Kind vm Name SQL01 ");
    expect(text).toContain("Risk assessment: Threats (0) None recorded in this version.");
    expect(text).not.toContain("Renamed since");
  });

  it("rejects with a comment; one rejection decides, and a late approval is refused", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive, other]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const noReason = await failure(decideVersion({ actor: other, input: { planId: plan.id, number: 1, decision: "rejected", versionHash: v1.hash } }));
    expect(noReason.fieldErrors).toEqual({ comment: "Say why you reject this version, so the committee can act on it." });
    await decideVersion({ actor: other, input: { planId: plan.id, number: 1, decision: "rejected", versionHash: v1.hash, comment: "No test since March." } });
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("rejected");
    expect((await failure(approve(org.actors.executive, plan.id, 1, v1.hash))).code).toBe("CONFLICT");
    const note = await db.notification.findFirstOrThrow({ where: { userId: org.actors.committee.userId } });
    expect(note.message).toBe(`Version 1 of “${plan.name}” was rejected by Second Executive: No test since March.`);
  });

  it("approves only the content the approver saw, and detects a tampered snapshot", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect((await failure(approve(org.actors.executive, plan.id, 1, "0".repeat(64)))).code).toBe("CONFLICT");
    expect(await verifyVersion({ actor: org.actors.auditor, planId: plan.id, number: 1 })).toEqual({ ok: true, recorded: v1.hash, computed: v1.hash });

    await db.$executeRaw`UPDATE "PlanVersion" SET snapshot = jsonb_set(snapshot, '{plan,name}', '"Tampered"') WHERE id = ${v1.id}`;
    const check = await verifyVersion({ actor: org.actors.auditor, planId: plan.id, number: 1 });
    expect(check.ok).toBe(false);
    expect(check.computed).not.toBe(v1.hash);
    const refused = await failure(approve(org.actors.executive, plan.id, 1, v1.hash));
    expect(refused.message).toMatch(/Integrity check failed/);
    expect(await db.approval.count({ where: { versionId: v1.id } })).toBe(0);
  });

  it("hands out a version's frozen content as the exact bytes its hash names, audited, and a tampered one as stored", async () => {
    const org = await makeOrg();
    const outsider = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await approve(org.actors.executive, plan.id, 1, v1.hash);
    const { filename, json } = await downloadVersionContent({ actor: org.actors.auditor, input: { planId: plan.id, number: "1" } });
    // What an auditor runs outside the app: sha256sum of the file is the hash the approval names.
    expect(createHash("sha256").update(Buffer.from(json, "utf8")).digest("hex")).toBe(v1.hash);
    expect((await db.approval.findFirstOrThrow({ where: { versionId: v1.id } })).versionHash).toBe(v1.hash);
    expect((JSON.parse(json) as { plan: { name: string } }).plan.name).toBe(plan.name);
    expect(filename).toMatch(new RegExp(`-v1-${v1.hash.slice(0, 12)}\\.json$`));
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "plan.version_content_downloaded" } });
    expect(audit).toMatchObject({ actorId: org.actors.auditor.userId, entityType: "plan_version", entityId: v1.id, planId: plan.id, after: { number: 1, hash: v1.hash, sha256: v1.hash } });

    await db.$executeRaw`UPDATE "PlanVersion" SET snapshot = jsonb_set(snapshot, '{plan,name}', '"Tampered"') WHERE id = ${v1.id}`;
    const tampered = await downloadVersionContent({ actor: org.actors.auditor, input: { planId: plan.id, number: 1 } });
    expect(createHash("sha256").update(tampered.json).digest("hex")).not.toBe(v1.hash);
    expect(tampered.json).toContain('"name":"Tampered"');

    for (const input of [{ planId: plan.id, number: 2 }, { planId: "nope", number: 1 }]) {
      expect((await failure(downloadVersionContent({ actor: org.actors.auditor, input }))).code).toBe("NOT_FOUND");
    }
    expect((await failure(downloadVersionContent({ actor: outsider.actors.auditor, input: { planId: plan.id, number: 1 } }))).code).toBe("NOT_FOUND");
    expect((await failure(downloadVersionContent({ actor: org.actors.auditor, input: { planId: plan.id, number: "first" } }))).code).toBe("VALIDATION");
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.version_content_downloaded" } })).toBe(2);
  });

  it("lets only named executives decide, and never across organisations", async () => {
    const org = await makeOrg();
    const outsider = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect((await failure(approve(other, plan.id, 1, v1.hash))).code).toBe("FORBIDDEN");
    expect((await failure(approve(org.actors.auditor, plan.id, 1, v1.hash))).code).toBe("FORBIDDEN");
    expect((await failure(approve(outsider.actors.executive, plan.id, 1, v1.hash))).code).toBe("NOT_FOUND");
    expect((await failure(submitPlan({ actor: outsider.actors.committee, input: { planId: plan.id } }))).code).toBe("NOT_FOUND");
    expect((await failure(getVersion({ actor: outsider.actors.auditor, planId: plan.id, number: 1 }))).code).toBe("NOT_FOUND");
    expect(await db.approval.count({ where: { versionId: v1.id } })).toBe(0);
  });
});

describe("content revision", () => {
  it("rises with every change to anything in the plan, including links and the people it names", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Revisions" } });
    const other = await createPlan({ actor: org.actors.committee, input: { name: "Untouched" } });
    const revision = async (id = plan.id) => (await db.plan.findUniqueOrThrow({ where: { id } })).contentRevision;
    const scope = { orgId: org.orgId, planId: plan.id };

    const r0 = await revision();
    const threat = await db.threat.create({ data: { ...scope, category: "technical", title: "Storage failure", likelihood: 2, impact: 4 } });
    const r1 = await revision();
    expect(r1).toBeGreaterThan(r0);
    const scenario = await db.scenario.create({ data: { ...scope, key: "host-loss", name: "Host lost", kind: "host" } });
    const r2 = await revision();
    await db.scenario.update({ where: { id: scenario.id }, data: { threats: { connect: { id: threat.id } } } });
    expect(await revision()).toBeGreaterThan(r2);
    // A person is content of the plans that name them, and only of those.
    const otherBefore = await revision(other.id);
    const r3 = await revision();
    const engineer = await db.person.create({ data: { orgId: org.orgId, name: "On-call engineer", afterHoursPhone: "07700 900999" } });
    expect([await revision(), await revision(other.id)]).toEqual([r3, otherBefore]);
    await db.committeeMember.create({ data: { ...scope, personId: engineer.id, functionalArea: "IT", role: "member" } });
    const seated = await revision();
    expect(seated).toBeGreaterThan(r3);
    await db.person.update({ where: { id: engineer.id }, data: { afterHoursPhone: "07700 900111" } });
    expect(await revision()).toBeGreaterThan(seated);
    expect(await revision(other.id)).toBe(otherBefore);
    const vendorContact = await db.person.create({ data: { orgId: org.orgId, name: "Courier contact" } });
    await db.inventoryItem.create({ data: { orgId: org.orgId, planId: other.id, kind: "vendors", label: "Courier", data: { contactId: vendorContact.id } } });
    const otherWithItem = await revision(other.id);
    await db.person.update({ where: { id: vendorContact.id }, data: { name: "Courier desk" } });
    expect(await revision(other.id)).toBeGreaterThan(otherWithItem);
    const r4 = await revision();
    await db.threat.delete({ where: { id: threat.id } });
    expect(await revision()).toBeGreaterThan(r4);
    // Archiving is not an edit of the plan's content.
    const r5 = await revision();
    await db.plan.update({ where: { id: plan.id }, data: { status: "archived" } });
    expect(await revision()).toBe(r5);
  });

  it("rises when the test cadence, a site the plan names or the impact categories change, as the comparison lists them", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const elsewhere = await createPlan({ actor: org.actors.committee, input: { name: "Elsewhere" } });
    const office = await saveSite({ actor: org.actors.committee, input: { name: "Head office", kind: "office" } });
    const unused = await saveSite({ actor: org.actors.committee, input: { name: "Depot", kind: "office" } });
    await createSystem({ actor: org.actors.committee, input: { planId: plan.id, name: "ERP", kind: "vm" } });
    await db.system.updateMany({ where: { planId: plan.id }, data: { siteId: office.id } });
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await approve(org.actors.executive, plan.id, 1, v1.hash);
    const status = async () => (await getApprovalOverview({ actor: org.actors.auditor, plan: await db.plan.findUniqueOrThrow({ where: { id: plan.id } }) })).status.label;
    const changes = async () => (await compareWithCurrent({ actor: org.actors.auditor, planId: plan.id, from: 1 })).changes.flatMap((c) => c.changed.flatMap((r) => r.fields.map((f) => `${f.label}: ${f.before} → ${f.after}`)));
    const revision = async (id: string) => (await db.plan.findUniqueOrThrow({ where: { id } })).contentRevision;
    expect(await status()).toBe("Approved v1");

    // A site no record of the plan names: no change to it.
    await saveSite({ actor: org.actors.committee, input: { siteId: unused.id, version: 1, name: "Depot 2", kind: "office" } });
    expect(await status()).toBe("Approved v1");

    const plan1 = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    await setTestCadence({ actor: org.actors.committee, input: { planId: plan.id, testCadenceDays: "180", version: plan1.version } });
    expect(await status()).toBe("Changed since approval v1");
    expect(await changes()).toEqual(["Test cadence days: 365 → 180"]);

    const r1 = await revision(plan.id);
    const untouched = await revision(elsewhere.id);
    await saveSite({ actor: org.actors.committee, input: { siteId: office.id, version: 1, name: "Bristol head office", kind: "office" } });
    expect(await revision(plan.id)).toBeGreaterThan(r1);
    expect(await revision(elsewhere.id)).toBe(untouched);
    expect(await changes()).toContain("Site: Head office → Bristol head office");

    // Every plan's impact analysis is laid out by the categories: a renamed one changes every plan.
    const r2 = await revision(plan.id);
    const { impactHorizonsMinutes } = await db.organization.findUniqueOrThrow({ where: { id: org.orgId } });
    const horizons = impactHorizonsMinutes.map((minutes) => `${minutes}m`).join(", ");
    const [first, ...rest] = DEFAULT_IMPACT_CATEGORIES;
    await updateBiaSettings({ actor: org.actors.admin, input: { horizons, intolerableRating: "major", categories: [{ ...first, label: "Money" }, ...rest], version: 1 } });
    expect(await revision(plan.id)).toBeGreaterThan(r2);
    expect(await revision(elsewhere.id)).toBeGreaterThan(untouched);
    // The intolerable rating alone is in no snapshot: no change.
    const r3 = await revision(plan.id);
    await updateBiaSettings({ actor: org.actors.admin, input: { horizons, intolerableRating: "severe", categories: [{ ...first, label: "Money" }, ...rest], version: 2 } });
    expect(await revision(plan.id)).toBe(r3);
  });

  it("says an empty plan has nothing to assess, and that the plan changed after a version was frozen", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const fresh = await getVersion({ actor: org.actors.executive, planId: plan.id, number: 1 });
    expect(fresh).toMatchObject({ recoveryAssessed: true, breaches: [], nothingToAssess: "Nothing to assess: no systems or scenarios yet.", planChangedSince: false });

    await renamePlan({ actor: org.actors.committee, input: { planId: plan.id, name: `${plan.name} (edited while pending)`, version: 1 } });
    const stale = await getVersion({ actor: org.actors.executive, planId: plan.id, number: 1 });
    expect(stale).toMatchObject({ planChangedSince: true, canDecide: true });
  });

  // A new plan's first version: its VMs and scenarios recorded, its impact analysis not begun.
  it("says a version whose systems have no target yet has nothing to assess, not that every objective was met", async () => {
    const org = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const scope = { orgId: org.orgId, planId: plan.id };
    const site = await db.site.create({ data: { orgId: org.orgId, name: `Head office ${plan.id}` } });
    const nas = await db.backupLocation.create({ data: { ...scope, key: "nas", name: "NAS", siteId: site.id, throughputMBps: 200, streamMBps: 150, maxStreams: 2 } });
    const host = await db.host.create({ data: { ...scope, key: "hv1", name: "HV1", siteId: site.id, ramMiB: 65536 } });
    const erp = await db.system.create({ data: { ...scope, name: "ERP", hostId: host.id, ramMiB: 8192, usedGB: 100, bootMinutes: 5 } });
    await db.backupPolicy.create({
      data: { ...scope, key: "nightly", name: "Nightly", cron: "0 23 * * *", timezone: "UTC", windowMinutes: 60, targetId: nas.id, systems: { connect: [{ id: erp.id }] } },
    });
    await db.scenario.create({ data: { ...scope, key: "vm-loss", name: "One VM lost", kind: "system" } });
    await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect(await getVersion({ actor: org.actors.executive, planId: plan.id, number: 1 })).toMatchObject({
      recoveryAssessed: true,
      breaches: [],
      nothingToAssess: "Nothing to assess: no system has an RPO or RTO target yet (they come from the business functions that need the systems).",
    });
  });

  const requests = (versionId: string) =>
    db.notification.findMany({ where: { versionId, message: { contains: "asks you to approve" } }, select: { userId: true, readAt: true } });

  it("settles every approver's request once a version is decided, in the same transaction", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive, other]);

    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect((await requests(v1.id)).map((n) => n.readAt)).toEqual([null, null]);
    await approve(org.actors.executive, plan.id, 1, v1.hash);
    // Half approved: the one who approved is done, the other approver is still asked.
    expect((await requests(v1.id)).filter((n) => n.readAt === null).map((n) => n.userId)).toEqual([other.userId]);
    await approve(other, plan.id, 1, v1.hash);
    expect((await requests(v1.id)).every((n) => n.readAt !== null)).toBe(true);

    await renamePlan({ actor: org.actors.committee, input: { planId: plan.id, name: `${plan.name} v2`, version: 1 } });
    const v2 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await decideVersion({ actor: other, input: { planId: plan.id, number: 2, decision: "rejected", versionHash: v2.hash, comment: "Test it first." } });
    expect((await requests(v2.id)).every((n) => n.readAt !== null)).toBe(true);
    const told = await db.notification.findFirstOrThrow({ where: { versionId: v2.id, userId: org.actors.committee.userId } });
    expect(told).toMatchObject({ readAt: null, message: `Version 2 of “${plan.name} v2” was rejected by Second Executive: Test it first.` });

    const v3 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await withdrawVersion({ actor: org.actors.committee, input: { planId: plan.id, number: 3 } });
    expect((await requests(v3.id)).every((n) => n.readAt !== null)).toBe(true);
  });

  it("tells the submitter of an approved version the notes its approvers left with their approvals, whoever approved last", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive, other]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await decideVersion({
      actor: org.actors.executive,
      input: { planId: plan.id, number: 1, decision: "approved", versionHash: v1.hash, agree: "yes", comment: "Approved on condition the call tree is updated by March" },
    });
    await approve(other, plan.id, 1, v1.hash);
    const told = await db.notification.findFirstOrThrow({ where: { versionId: v1.id, userId: org.actors.committee.userId } });
    expect(told.message).toBe(`Version 1 of “${plan.name}” was approved. ${org.actors.executive.name} noted: Approved on condition the call tree is updated by March.`);
  });

  it("marks an approver's notifications about a version read when they open it, and no one else's nor other versions'", async () => {
    const org = await makeOrg();
    const other = await secondExecutive(org);
    const plan = await planWithApprovers(org, [org.actors.executive, other]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await withdrawVersion({ actor: org.actors.committee, input: { planId: plan.id, number: 1 } });
    const v2 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await db.notification.updateMany({ where: { versionId: v1.id }, data: { readAt: null } });

    expect(await markVersionRead({ actor: org.actors.executive, input: { planId: plan.id, number: "2" } })).toBe(1);
    const after = await requests(v2.id);
    expect(after.find((n) => n.userId === org.actors.executive.userId)?.readAt).not.toBeNull();
    expect(after.find((n) => n.userId === other.userId)?.readAt).toBeNull();
    expect((await requests(v1.id)).every((n) => n.readAt === null)).toBe(true);
    // Opening it again marks nothing more: the page has nothing to refresh.
    expect(await markVersionRead({ actor: org.actors.executive, input: { planId: plan.id, number: 2 } })).toBe(0);
  });

  it("marks nothing for a version of another organisation or one that does not exist", async () => {
    const org = await makeOrg();
    const outsider = await makeOrg();
    const plan = await planWithApprovers(org, [org.actors.executive]);
    const v1 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect((await failure(markVersionRead({ actor: outsider.actors.executive, input: { planId: plan.id, number: 1 } }))).code).toBe("NOT_FOUND");
    expect((await failure(markVersionRead({ actor: org.actors.executive, input: { planId: plan.id, number: 2 } }))).code).toBe("NOT_FOUND");
    expect((await failure(markVersionRead({ actor: org.actors.executive, input: { planId: plan.id, number: "first" } }))).fieldErrors).toHaveProperty("number");
    expect((await requests(v1.id)).map((n) => n.readAt)).toEqual([null]);
  });
});
