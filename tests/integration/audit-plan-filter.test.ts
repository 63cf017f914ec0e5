import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { createFunction } from "@/lib/bia/create-function";
import { updateFunction } from "@/lib/bia/update-function";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { deleteHost } from "@/lib/recovery/setup/delete-host";
import { createExercise } from "@/lib/exercises/create-exercise";
import { exportItems } from "@/lib/inventories/export-items";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { changeRole } from "@/lib/members/change-role";
import { createPerson } from "@/lib/people/create-person";
import { createThreat } from "@/lib/risks/create-threat";
import { updatePerson } from "@/lib/people/update-person";
import { createDepartment } from "@/lib/departments/create-department";
import { renameDepartment } from "@/lib/departments/rename-department";
import { updateBiaSettings } from "@/lib/settings/update-bia-settings";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";
import { planAuditRows } from "@/lib/reports/plan-audit-rows";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/audit/list-audit";
import { appliedFilters } from "@/lib/audit/audit-query";
import { exportAudit } from "@/lib/audit/export-audit";
import { readCsv } from "@/lib/csv/read-csv";
import { makeOrg, type TestOrg } from "./factories";
import { inRolledBackTransaction, migrationStatements } from "./migration-sql";

/** The audit log's rows of an organisation as "action → plan name" (or "none"), in any order. */
async function planOfEachRow(orgId: string, names: Record<string, string>): Promise<string[]> {
  const rows = await db.auditLog.findMany({ where: { orgId }, select: { action: true, planId: true } });
  return rows.map((row) => `${row.action} → ${row.planId === null ? "none" : (names[row.planId] ?? row.planId)}`).sort();
}

/** The CSV's records (the header left out) as their Plan column. */
function csvPlans(csv: string): string[] {
  const [header, ...records] = readCsv(csv.replace(/^\uFEFF/, "")).map((record) => record.cells);
  const plan = header.indexOf("Plan");
  // The last line is the chain head the file was made at, not an entry.
  return records.slice(0, -1).map((cells) => cells[plan]);
}

async function twoPlans(org: TestOrg) {
  const bristol = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
  const leeds = await createPlan({ actor: org.actors.committee, input: { name: "Leeds" } });
  return { bristol, leeds, names: { [bristol.id]: "Bristol", [leeds.id]: "Leeds" } };
}

describe("the audit log by plan", () => {
  it("stores the plan each writer's record belongs to, and none for the organisation's own records", async () => {
    const org = await makeOrg();
    const { actors } = org;
    const { bristol, leeds, names } = await twoPlans(org);

    // A BIA function saved in Bristol.
    const fn = await createFunction({ actor: actors.committee, input: { planId: bristol.id, name: "Order taking" } });
    await updateFunction({ actor: actors.committee, input: { planId: bristol.id, functionId: fn.id, version: 1, name: "Order taking and dispatch" } });
    // A recovery setup host saved, then deleted, in Leeds: the delete keeps the plan of what is gone.
    const host = await saveHost({ actor: actors.committee, input: { planId: leeds.id, key: "hv01", name: "HV01", ramMiB: "65536", reservedMiB: "2048", readyAfterMinutes: "0" } });
    await deleteHost({ actor: actors.committee, input: { planId: leeds.id, id: host.id, version: "1" } });
    // A test recorded in Bristol; a register exported from Leeds (audited under "<plan id>:<kind>").
    await createExercise({ actor: actors.committee, input: { planId: bristol.id, type: "walkthrough", title: "Tabletop walk-through", conductedOn: "2026-09-22", result: "passed" } });
    await exportItems({ actor: actors.auditor, input: { planId: leeds.id, kind: "vendors" } });
    // Bristol submitted and approved.
    await setApprovers({ actor: actors.committee, input: { planId: bristol.id, approverIds: [actors.executive.userId] } });
    const version = await submitPlan({ actor: actors.committee, input: { planId: bristol.id } });
    await decideVersion({ actor: actors.executive, input: { planId: bristol.id, number: 1, decision: "approved", versionHash: version.hash, agree: "yes", comment: "Agreed." } });
    // The organisation's own: a member's role, a person.
    const membership = await db.membership.findFirstOrThrow({ where: { orgId: org.orgId, userId: actors.auditor.userId } });
    await changeRole({ actor: actors.admin, input: { membershipId: membership.id, role: "executive" } });
    await createPerson({ actor: actors.committee, input: { name: "Tom Reed" } });

    expect(await planOfEachRow(org.orgId, names)).toEqual(
      [
        "plan.created → Bristol",
        "plan.created → Leeds",
        "function.created → Bristol",
        "function.updated → Bristol",
        "recovery.host.created → Leeds",
        "recovery.host.deleted → Leeds",
        "exercise.created → Bristol",
        "inventory.exported → Leeds",
        "plan.approvers_set → Bristol",
        "plan.submitted → Bristol",
        "plan.version_approved_by → Bristol",
        "plan.approved → Bristol",
        "member.role_changed → none",
        "person.created → none",
      ].sort(),
    );
  });

  it("filters the page and its CSV by plan, with the other filters and across pages, and offers the organisation's plans", async () => {
    const org = await makeOrg();
    const { actors, orgId } = org;
    const { bristol, leeds } = await twoPlans(org);
    const threat = await createThreat({ actor: actors.committee, input: { planId: bristol.id, title: "Flood", category: "natural", likelihood: 2, impact: 4 } });
    await createThreat({ actor: actors.committee, input: { planId: leeds.id, title: "Fire", category: "natural", likelihood: 2, impact: 4 } });
    await archivePlan({ actor: actors.committee, input: { planId: leeds.id } });
    await createPerson({ actor: actors.committee, input: { name: "Tom Reed" } });
    // More of Bristol's entries than one page holds (written as its writers would).
    const reviews = AUDIT_PAGE_SIZE + 5;
    await db.auditLog.createMany({
      data: Array.from({ length: reviews }, () => ({ orgId, action: "threat.reviewed", entityType: "threat", entityId: threat.id, planId: bristol.id })),
    });

    const first = await listAudit({ actor: actors.auditor, query: { plan: bristol.id } });
    expect([first.total, first.pageCount, first.rows.length]).toEqual([reviews + 2, 2, AUDIT_PAGE_SIZE]);
    expect(appliedFilters(first.filters)).toEqual({ plan: bristol.id });
    const second = await listAudit({ actor: actors.auditor, query: { plan: bristol.id, page: "2" } });
    expect(second.rows.map((row) => row.action).filter((action) => action !== "threat.reviewed").sort()).toEqual(["plan.created", "threat.created"]);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.plan?.name))).toEqual(new Set(["Bristol"]));

    // With the other filters: each narrows the plan's entries, never widens them to another plan's.
    expect((await listAudit({ actor: actors.auditor, query: { plan: leeds.id } })).rows.map((row) => [row.action, row.plan?.name])).toEqual([
      ["plan.archived", "Leeds"],
      ["threat.created", "Leeds"],
      ["plan.created", "Leeds"],
    ]);
    expect((await listAudit({ actor: actors.auditor, query: { plan: leeds.id, kind: "threat" } })).rows.map((row) => row.record)).toEqual(["Fire"]);
    expect((await listAudit({ actor: actors.auditor, query: { plan: bristol.id, q: "threat.created" } })).rows.map((row) => row.record)).toEqual(["Flood"]);
    expect((await listAudit({ actor: actors.auditor, query: { plan: leeds.id, q: "person" } })).total).toBe(0);
    expect((await listAudit({ actor: actors.auditor, query: {} })).total).toBe(reviews + 6);

    // The select: every plan of the organisation, archived ones said so.
    expect(first.plans).toEqual([
      { value: bristol.id, label: "Bristol" },
      { value: leeds.id, label: "Leeds (archived)" },
    ]);

    // The CSV: the same rows, every page of them, and its own audit row says which plan it was of.
    const { csv } = await exportAudit({ actor: actors.auditor, query: { plan: leeds.id } });
    expect(csvPlans(csv)).toEqual(["Leeds", "Leeds", "Leeds"]);
    expect(csvPlans((await exportAudit({ actor: actors.auditor, query: { plan: bristol.id } })).csv)).toHaveLength(reviews + 2);
    const exported = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "audit.exported" }, orderBy: { createdAt: "asc" } });
    expect(exported).toMatchObject({ planId: null, after: { plan: leeds.id, rows: 3 } });
  });

  it("lists with a plan's entries the organisation-wide changes to records plans use, marked so, and no other organisation-level entry", async () => {
    const org = await makeOrg();
    const { actors, orgId } = org;
    const { bristol } = await twoPlans(org);
    const other = await makeOrg();
    const theirs = await createPlan({ actor: other.actors.committee, input: { name: "Theirs" } });
    // Changes to records a plan shows, made once for the whole organisation.
    const tom = await createPerson({ actor: actors.committee, input: { name: "Tom Reed" } });
    await updatePerson({ actor: actors.committee, input: { personId: tom.id, version: 1, name: "Thomas Reed" } });
    const warehouse = await createDepartment({ actor: actors.admin, input: { name: "Warehouse" } });
    await renameDepartment({ actor: actors.admin, input: { departmentId: warehouse.id, name: "Warehouse and logistics", version: 1 } });
    const { impactHorizonsMinutes } = await db.organization.findUniqueOrThrow({ where: { id: orgId } });
    const horizons = impactHorizonsMinutes.map((minutes) => `${minutes}m`).join(", ");
    await updateBiaSettings({ actor: actors.admin, input: { horizons, intolerableRating: "major", categories: DEFAULT_IMPACT_CATEGORIES.slice(0, 4), version: 1 } });
    // Organisation-level entries that change no plan's content.
    const membership = await db.membership.findFirstOrThrow({ where: { orgId, userId: actors.auditor.userId } });
    await changeRole({ actor: actors.admin, input: { membershipId: membership.id, role: "executive" } });
    await exportAudit({ actor: actors.admin, query: {} });
    // Another organisation's person renamed: never in this organisation's log.
    const theirPerson = await createPerson({ actor: other.actors.committee, input: { name: "Ann Other" } });
    await updatePerson({ actor: other.actors.committee, input: { personId: theirPerson.id, version: 1, name: "Ann Another" } });

    const page = await listAudit({ actor: actors.auditor, query: { plan: bristol.id } });
    expect(page.rows.map((row) => [row.action, row.plan?.name ?? null, row.organisationWide])).toEqual([
      ["org.bia_settings_updated", null, true],
      ["department.renamed", null, true],
      ["person.updated", null, true],
      ["plan.created", "Bristol", false],
    ]);
    expect(page.rows.find((row) => row.action === "person.updated")?.record).toBe("Thomas Reed");
    // With the other filters, as the plan's own entries.
    expect((await listAudit({ actor: actors.auditor, query: { plan: bristol.id, kind: "department" } })).rows.map((row) => row.record)).toEqual(["Warehouse and logistics"]);
    expect((await listAudit({ actor: actors.auditor, query: { plan: bristol.id, q: "person." } })).total).toBe(1);
    // Unfiltered, the same rows say so in the Plan column; an organisation-level row that changes no plan does not.
    const all = (await listAudit({ actor: actors.auditor, query: {} })).rows;
    expect(all.filter((row) => row.organisationWide).map((row) => row.action)).toEqual(["org.bia_settings_updated", "department.renamed", "person.updated"]);

    const { csv } = await exportAudit({ actor: actors.auditor, query: { plan: bristol.id } });
    expect(csvPlans(csv)).toEqual(["Organisation-wide", "Organisation-wide", "Organisation-wide", "Bristol"]);
    // The PDF's appendix takes the same rows, marked.
    const appendix = await db.$transaction((tx) => planAuditRows(tx, { orgId, planId: bristol.id, from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) }));
    expect(appendix.map((row) => [row.action, row.organisationWide])).toEqual([
      ["plan.created", false],
      ["person.updated", true],
      ["department.renamed", true],
      ["org.bia_settings_updated", true],
    ]);
    // Another organisation's plan, or one that is gone, selects none of them.
    expect((await listAudit({ actor: actors.auditor, query: { plan: theirs.id } })).total).toBe(0);
    expect((await listAudit({ actor: actors.auditor, query: { plan: "cmgoneplan0000000000000001" } })).total).toBe(0);
  });

  it("selects nothing for another organisation's plan, on the page and in the CSV, and never names it", async () => {
    const ours = await makeOrg();
    const theirs = await makeOrg();
    await createPlan({ actor: ours.actors.committee, input: { name: "Our plan" } });
    const their = await createPlan({ actor: theirs.actors.committee, input: { name: "Their plan" } });
    await createThreat({ actor: theirs.actors.committee, input: { planId: their.id, title: "Their flood", category: "natural", likelihood: 2, impact: 4 } });

    const page = await listAudit({ actor: ours.actors.auditor, query: { plan: their.id } });
    expect([page.total, page.rows]).toEqual([0, []]);
    // The address's plan stays chosen (the list is filtered by it), under no name of theirs.
    expect(page.plans.map((option) => option.label)).toEqual(["Our plan", "A deleted or unknown plan"]);
    expect(csvPlans((await exportAudit({ actor: ours.actors.auditor, query: { plan: their.id } })).csv)).toEqual([]);
    // Their own auditor sees their plan's rows under the same filter.
    expect((await listAudit({ actor: theirs.actors.auditor, query: { plan: their.id } })).total).toBe(2);
  });

  it("fills in, by the migration's backfill, the plan of the rows written before it, never another organisation's", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
    const theirPlan = await createPlan({ actor: other.actors.committee, input: { name: "Theirs" } });
    const fn = await db.businessFunction.create({ data: { orgId: org.orgId, planId: plan.id, name: "Order taking" } });
    const theirSystem = await db.system.create({ data: { orgId: other.orgId, planId: theirPlan.id, name: "SQL" } });
    const person = await db.person.create({ data: { orgId: org.orgId, name: "Tom Reed" } });
    const membership = await db.membership.findFirstOrThrow({ where: { orgId: org.orgId, userId: org.actors.auditor.userId } });
    const goneSeat = "cmgoneseat0000000000000001";
    // Rows as they were before the column: no plan of their own.
    const old = [
      { action: "plan.renamed", entityType: "plan", entityId: plan.id },
      { action: "function.updated", entityType: "function", entityId: fn.id },
      { action: "inventory.exported", entityType: "inventory_register", entityId: `${plan.id}:vendors` },
      { action: "threat.deleted", entityType: "threat", entityId: "cmgonethreat00000000000001", before: { planId: plan.id, title: "Flood" } },
      // A seat removed since: its update named no plan, its removal did.
      { action: "committee.member-updated", entityType: "committee-member", entityId: goneSeat, before: { role: "member" }, after: { role: "chair" } },
      { action: "committee.member-removed", entityType: "committee-member", entityId: goneSeat, before: { planId: plan.id, role: "chair" } },
      // Nothing says which plan: left without one.
      { action: "recovery.host.deleted", entityType: "host", entityId: "cmgonehost0000000000000001", before: { key: "hv1", name: "HV1" } },
      { action: "member.role_changed", entityType: "member", entityId: membership.id },
      { action: "person.created", entityType: "person", entityId: person.id },
      // Another organisation's plan or record, named in this organisation's row: never taken.
      { action: "threat.deleted", entityType: "threat", entityId: "cmgonethreat00000000000002", before: { planId: theirPlan.id } },
      { action: "system.updated", entityType: "system", entityId: theirSystem.id },
    ];
    await db.auditLog.createMany({ data: old.map((row) => ({ ...row, orgId: org.orgId })) });

    const statements = migrationStatements({ name: "20261202090000_audit_plan", from: 'ALTER TABLE "AuditLog" DISABLE TRIGGER', through: 'ALTER TABLE "AuditLog" ENABLE TRIGGER' });
    expect(statements).toHaveLength(4);

    const { backfilled, trigger } = await inRolledBackTransaction(statements, async (tx) => {
      const rows = await tx.auditLog.findMany({ where: { orgId: org.orgId, action: { not: "plan.created" } }, select: { action: true, entityId: true, planId: true } });
      const [{ trigger }] = await tx.$queryRaw<{ trigger: string }[]>`SELECT tgenabled::text AS "trigger" FROM pg_trigger WHERE tgname = 'AuditLog_append_only'`;
      return { backfilled: rows, trigger };
    });

    const planOf = (action: string, entityId: string) => backfilled.find((row) => row.action === action && row.entityId === entityId)?.planId;
    expect(old.map((row) => [row.action, planOf(row.action, row.entityId) === plan.id ? "Bristol" : planOf(row.action, row.entityId)])).toEqual([
      ["plan.renamed", "Bristol"],
      ["function.updated", "Bristol"],
      ["inventory.exported", "Bristol"],
      ["threat.deleted", "Bristol"],
      ["committee.member-updated", "Bristol"],
      ["committee.member-removed", "Bristol"],
      ["recovery.host.deleted", null],
      ["member.role_changed", null],
      ["person.created", null],
      ["threat.deleted", null],
      ["system.updated", null],
    ]);
    // The append-only trigger is on again once the backfill is done ("O": fires on origin writes).
    expect(trigger).toBe("O");
  });
});
