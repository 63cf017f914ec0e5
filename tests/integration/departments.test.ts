import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDepartment } from "@/lib/departments/create-department";
import { renameDepartment } from "@/lib/departments/rename-department";
import { deleteDepartment } from "@/lib/departments/delete-department";
import { listDepartmentsInUse } from "@/lib/departments/list-departments";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { createPerson } from "@/lib/people/create-person";
import { createProduct } from "@/lib/bia/create-product";
import { createFunction } from "@/lib/bia/create-function";
import { listAudit } from "@/lib/audit/list-audit";
import { actionText, changeText } from "@/lib/audit/audit-display";
import type { Actor } from "@/lib/auth/context";
import { failure, makeOrg, refused } from "./factories";

const departmentsOf = (orgId: string) => db.department.findMany({ where: { orgId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
const auditsOf = (orgId: string) =>
  db.auditLog.findMany({ where: { orgId, entityType: "department" }, orderBy: { createdAt: "asc" }, select: { action: true, entityId: true, before: true, after: true } });

/** A second administrator of the organisation, so that two people can rename the same department. */
async function secondAdmin(orgId: string): Promise<Actor> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId } });
  const user = await db.user.create({ data: { email: `sam-${orgId}@example.test`, name: "Sam Admin" } });
  await db.membership.create({ data: { orgId, userId: user.id, role: "admin" } });
  return { userId: user.id, email: user.email, name: user.name, orgId, orgName: org.name, orgMarking: "", role: "admin" };
}

const renamesOf = (departmentId: string) =>
  db.auditLog.findMany({ where: { entityId: departmentId, action: "department.renamed" }, orderBy: { createdAt: "asc" }, select: { actorId: true, before: true, after: true } });

describe("departments", () => {
  it("adds, renames and deletes a department, each with its audit row", async () => {
    const { orgId, actors } = await makeOrg();
    const actor = actors.admin;
    const finance = await createDepartment({ actor, input: { name: "  Finance   and  payroll " } });
    expect(await departmentsOf(orgId)).toEqual([{ id: finance.id, name: "Finance and payroll" }]);

    expect(finance.version).toBe(1);
    const renamed = await renameDepartment({ actor, input: { departmentId: finance.id, name: "Finance", version: 1 } });
    expect(renamed).toMatchObject({ changed: true, name: "Finance", version: 2 });
    // The same name again writes nothing; another capitalisation of its own name is a rename.
    expect(await renameDepartment({ actor, input: { departmentId: finance.id, name: " Finance ", version: 2 } })).toMatchObject({ changed: false, version: 2 });
    await renameDepartment({ actor, input: { departmentId: finance.id, name: "FINANCE", version: 2 } });
    expect(await departmentsOf(orgId)).toEqual([{ id: finance.id, name: "FINANCE" }]);
    expect(await db.department.findUniqueOrThrow({ where: { id: finance.id } })).toMatchObject({ version: 3 });

    expect(await deleteDepartment({ actor, input: { departmentId: finance.id, version: 3 } })).toMatchObject({ name: "FINANCE" });
    expect(await departmentsOf(orgId)).toEqual([]);
    expect(await auditsOf(orgId)).toEqual([
      { action: "department.created", entityId: finance.id, before: null, after: { name: "Finance and payroll" } },
      { action: "department.renamed", entityId: finance.id, before: { name: "Finance and payroll" }, after: { name: "Finance" } },
      { action: "department.renamed", entityId: finance.id, before: { name: "Finance" }, after: { name: "FINANCE" } },
      { action: "department.deleted", entityId: finance.id, before: { name: "FINANCE" }, after: null },
    ]);
    // The log reads them in words, the deleted department by the name its rows kept.
    const log = await listAudit({ actor, query: { kind: "department" } });
    expect(log.rows.map((row) => [row.kind, actionText(row.action), row.record, row.changes.map(changeText).join("; ")]).sort()).toEqual(
      [
        ["Department", "Created", "Finance and payroll", "name: Finance and payroll"],
        ["Department", "Renamed", "Finance", "name: Finance and payroll → Finance"],
        ["Department", "Renamed", "FINANCE", "name: Finance → FINANCE"],
        ["Department", "Deleted", "FINANCE", "was name: FINANCE"],
      ].sort(),
    );
  });

  it("refuses a blank, an overlong and a taken name, whatever its letter case, writing nothing", async () => {
    const { orgId, actors } = await makeOrg();
    const actor = actors.admin;
    const itDepartment = await createDepartment({ actor, input: { name: "IT" } });
    const sales = await createDepartment({ actor, input: { name: "Sales_1" } });
    const before = { departments: await departmentsOf(orgId), audits: await auditsOf(orgId) };

    expect(await failure(createDepartment({ actor, input: { name: "   " } }))).toMatchObject({ code: "VALIDATION", fieldErrors: { name: "Give the department a name." } });
    expect(await failure(createDepartment({ actor, input: { name: "x".repeat(121) } }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: "Keep the name to 120 characters." },
    });
    const taken = 'There is already a department called “IT”: give this one another name (capitals do not make a name different).';
    expect(await failure(createDepartment({ actor, input: { name: " it " } }))).toMatchObject({ code: "VALIDATION", fieldErrors: { name: taken } });
    expect(await failure(renameDepartment({ actor, input: { departmentId: sales.id, name: "It", version: 1 } }))).toMatchObject({ code: "VALIDATION", fieldErrors: { name: taken } });
    // "_" is a character, not a pattern: "SalesX1" is free.
    await createDepartment({ actor, input: { name: "SalesX1" } });
    const all = await departmentsOf(orgId);
    expect(all.filter((d) => d.name !== "SalesX1")).toEqual(before.departments);
    expect((await auditsOf(orgId)).length).toBe(before.audits.length + 1);

    // The index holds the rule even for a write that skips the check.
    await expect(db.department.create({ data: { orgId, name: "iT" } })).rejects.toMatchObject({ code: "P2002" });
    // Another organisation may use the same name.
    const other = await makeOrg();
    await createDepartment({ actor: other.actors.admin, input: { name: "it" } });
    expect(await departmentsOf(other.orgId)).toMatchObject([{ name: "it" }]);
    expect(itDepartment.name).toBe("IT");
  });

  it("refuses to delete a department in use, naming what is in it, and changes nothing", async () => {
    const { orgId, actors } = await makeOrg();
    const admin = actors.admin;
    const ops = await createDepartment({ actor: admin, input: { name: "Operations" } });
    const depot = await createPlan({ actor: actors.committee, input: { name: "Depot" } });
    const old = await createPlan({ actor: actors.committee, input: { name: "Old depot" } });
    await createProduct({ actor: actors.committee, input: { planId: depot.id, name: "Deliveries", departmentId: ops.id } });
    await createFunction({ actor: actors.committee, input: { planId: depot.id, name: "Picking", departmentId: ops.id } });
    await createFunction({ actor: actors.committee, input: { planId: depot.id, name: "Loading", departmentId: ops.id } });
    await createFunction({ actor: actors.committee, input: { planId: old.id, name: "Packing", departmentId: ops.id } });
    await archivePlan({ actor: actors.committee, input: { planId: old.id } });
    const person = await createPerson({ actor: actors.committee, input: { name: "Kim Lee", departmentId: ops.id } });
    expect(await listDepartmentsInUse({ actor: admin })).toEqual([{ id: ops.id, name: "Operations", version: 1, products: 1, functions: 3, people: 1 }]);
    const rows = async () => ({
      departments: await departmentsOf(orgId),
      products: await db.product.findMany({ where: { orgId }, select: { id: true, departmentId: true, version: true }, orderBy: { id: "asc" } }),
      functions: await db.businessFunction.findMany({ where: { orgId }, select: { id: true, departmentId: true, version: true }, orderBy: { id: "asc" } }),
      people: await db.person.findMany({ where: { orgId }, select: { id: true, departmentId: true, version: true } }),
      audits: await db.auditLog.count({ where: { orgId } }),
    });
    const before = await rows();

    const refused = await failure(deleteDepartment({ actor: admin, input: { departmentId: ops.id, version: 1 } }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message:
        "Operations cannot be deleted while it is in use: by the plan “Depot” (its product “Deliveries” and its functions “Loading” and “Picking”); " +
        "the archived plan “Old depot” (its function “Packing”); 1 person of the register: “Kim Lee”. " +
        "Choose another department for each of them first (an archived plan must be restored to change it).",
    });
    expect(await rows()).toEqual(before);
    expect(before.people).toEqual([{ id: person.id, departmentId: ops.id, version: 1 }]);
  });

  it("names only the first few of a long list", async () => {
    const { actors } = await makeOrg();
    const hq = await createDepartment({ actor: actors.admin, input: { name: "Head office" } });
    for (const name of ["Ann", "Bea", "Cal", "Dee", "Eve", "Fay", "Gus"]) await createPerson({ actor: actors.committee, input: { name, departmentId: hq.id } });
    const refused = await failure(deleteDepartment({ actor: actors.admin, input: { departmentId: hq.id, version: 1 } }));
    expect(refused.message).toContain("by 7 people of the register: “Ann”, “Bea”, “Cal”, “Dee”, “Eve” and 2 more. Choose another department for each of them first.");
  });

  it("marks the plans whose products or functions are in a renamed department as changed, and no other", async () => {
    const { actors } = await makeOrg();
    const ops = await createDepartment({ actor: actors.admin, input: { name: "Operations" } });
    const itDepartment = await createDepartment({ actor: actors.admin, input: { name: "IT" } });
    const depot = await createPlan({ actor: actors.committee, input: { name: "Depot" } });
    const store = await createPlan({ actor: actors.committee, input: { name: "Cold store" } });
    const office = await createPlan({ actor: actors.committee, input: { name: "Office" } });
    await createProduct({ actor: actors.committee, input: { planId: depot.id, name: "Deliveries", departmentId: ops.id } });
    await createFunction({ actor: actors.committee, input: { planId: store.id, name: "Chilling", departmentId: ops.id } });
    await createFunction({ actor: actors.committee, input: { planId: office.id, name: "Helpdesk", departmentId: itDepartment.id } });
    const revisions = async () =>
      (await db.plan.findMany({ where: { id: { in: [depot.id, store.id, office.id] } }, select: { id: true, contentRevision: true } })).reduce<Record<string, number>>(
        (all, p) => ({ ...all, [p.id]: p.contentRevision }),
        {},
      );
    const before = await revisions();
    await renameDepartment({ actor: actors.admin, input: { departmentId: ops.id, name: "Operations and logistics", version: 1 } });
    const after = await revisions();
    expect(after[depot.id]).toBeGreaterThan(before[depot.id]);
    expect(after[store.id]).toBeGreaterThan(before[store.id]);
    expect(after[office.id]).toBe(before[office.id]);
  });

  it("cannot rename or delete another organisation's department", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const finance = await createDepartment({ actor: mine.actors.admin, input: { name: "Finance" } });
    const rename = await failure(renameDepartment({ actor: theirs.actors.admin, input: { departmentId: finance.id, name: "Hijacked", version: 1 } }));
    expect(rename).toMatchObject({ code: "NOT_FOUND", message: "The department was not found." });
    const remove = await failure(deleteDepartment({ actor: theirs.actors.admin, input: { departmentId: finance.id, version: 1 } }));
    expect(remove).toMatchObject({ code: "NOT_FOUND", message: "The department was not found: it has probably been deleted already." });
    expect(await departmentsOf(mine.orgId)).toEqual([{ id: finance.id, name: "Finance" }]);
    expect(await listDepartmentsInUse({ actor: theirs.actors.admin })).toEqual([]);
    expect(await db.auditLog.count({ where: { orgId: theirs.orgId } })).toBe(0);
    expect(await auditsOf(mine.orgId)).toHaveLength(1);
  });

  it("lets only a role that may change the organisation's settings manage departments", async () => {
    const { orgId, actors } = await makeOrg();
    const finance = await createDepartment({ actor: actors.admin, input: { name: "Finance" } });
    for (const role of ["committee", "executive", "auditor"] as const) {
      const actor = actors[role];
      expect((await failure(createDepartment({ actor, input: { name: "Sales" } }))).code).toBe("FORBIDDEN");
      expect((await failure(renameDepartment({ actor, input: { departmentId: finance.id, name: "Money", version: 1 } }))).code).toBe("FORBIDDEN");
      expect((await failure(deleteDepartment({ actor, input: { departmentId: finance.id, version: 1 } }))).code).toBe("FORBIDDEN");
      expect((await failure(listDepartmentsInUse({ actor }))).code).toBe("FORBIDDEN");
    }
    expect(await departmentsOf(orgId)).toEqual([{ id: finance.id, name: "Finance" }]);
    expect(await auditsOf(orgId)).toHaveLength(1);
  });

  it("refuses the second of two renames from the same version, showing the first, and overwrites only when asked again", async () => {
    const { orgId, actors } = await makeOrg();
    const alex = actors.admin;
    const sam = await secondAdmin(orgId);
    const finance = await createDepartment({ actor: alex, input: { name: "Finance" } });
    const plan = await createPlan({ actor: actors.committee, input: { name: "Depot" } });
    await createProduct({ actor: actors.committee, input: { planId: plan.id, name: "Invoicing", departmentId: finance.id } });
    const revision = async () => (await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision;
    const revisionBefore = await revision();
    // Both open the page: the department at version 1.
    const [shown] = await listDepartmentsInUse({ actor: sam });
    expect(shown).toMatchObject({ id: finance.id, version: 1 });

    await renameDepartment({ actor: alex, input: { departmentId: finance.id, name: "Finance and payroll", version: shown.version } });
    const stale = await refused(renameDepartment({ actor: sam, input: { departmentId: finance.id, name: "Accounts", version: shown.version } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Someone else changed this department while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name, changes: [{ field: "name", label: "Name", from: "Finance", to: "Finance and payroll" }] });
    expect(Date.parse(stale.conflict?.at ?? "")).not.toBeNaN();

    // Nothing of the second rename was written: the first one's name, one rename in the log, one plan bump.
    expect(await db.department.findUniqueOrThrow({ where: { id: finance.id } })).toMatchObject({ name: "Finance and payroll", version: 2 });
    expect(await renamesOf(finance.id)).toEqual([{ actorId: alex.userId, before: { name: "Finance" }, after: { name: "Finance and payroll" } }]);
    expect(await revision()).toBe(revisionBefore + 1);

    // Saving again from the version the refusal gave overwrites knowingly.
    expect(await renameDepartment({ actor: sam, input: { departmentId: finance.id, name: "Accounts", version: stale.conflict?.version } })).toMatchObject({
      changed: true,
      version: 3,
    });
    expect(await db.department.findUniqueOrThrow({ where: { id: finance.id } })).toMatchObject({ name: "Accounts", version: 3 });
    expect((await renamesOf(finance.id)).map((row) => [row.actorId, row.after])).toEqual([
      [alex.userId, { name: "Finance and payroll" }],
      [sam.userId, { name: "Accounts" }],
    ]);
  });

  it("lets only one of two renames from the same version at the same moment through", async () => {
    const { orgId, actors } = await makeOrg();
    const sam = await secondAdmin(orgId);
    const finance = await createDepartment({ actor: actors.admin, input: { name: "Finance" } });
    const outcomes = await Promise.allSettled([
      renameDepartment({ actor: actors.admin, input: { departmentId: finance.id, name: "Treasury", version: 1 } }),
      renameDepartment({ actor: sam, input: { departmentId: finance.id, name: "Accounts", version: 1 } }),
    ]);
    const saved = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    const refusals = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { code?: string; message: string }] : []));
    expect(saved).toHaveLength(1);
    expect(refusals).toHaveLength(1);
    expect(refusals[0].code).toBe("CONFLICT");
    expect(refusals[0].message).toMatch(/^Someone else changed this department while you were editing\./);
    expect(await db.department.findUniqueOrThrow({ where: { id: finance.id } })).toMatchObject({ name: saved[0].name, version: 2 });
    expect(await renamesOf(finance.id)).toEqual([{ actorId: expect.any(String), before: { name: "Finance" }, after: { name: saved[0].name } }]);
  });

  it("refuses to delete a department renamed after the page was loaded, saying who renamed it to what", async () => {
    const { orgId, actors } = await makeOrg();
    const sam = await secondAdmin(orgId);
    const finance = await createDepartment({ actor: actors.admin, input: { name: "Finance" } });
    await renameDepartment({ actor: sam, input: { departmentId: finance.id, name: "Finance and payroll", version: 1 } });
    const stored = await db.department.findUniqueOrThrow({ where: { id: finance.id } });
    const stale = await refused(deleteDepartment({ actor: actors.admin, input: { departmentId: finance.id, version: 1 } }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The department was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({ version: 2, by: "Sam Admin", refused: "delete", changes: [expect.objectContaining({ field: "name", from: "Finance", to: "Finance and payroll" })] });
    expect(await db.department.findUniqueOrThrow({ where: { id: finance.id } })).toEqual(stored);
    expect(await db.auditLog.count({ where: { orgId, action: "department.deleted" } })).toBe(0);
    expect(await deleteDepartment({ actor: actors.admin, input: { departmentId: finance.id, version: 2 } })).toMatchObject({ name: "Finance and payroll" });
    expect(await departmentsOf(orgId)).toEqual([]);
  });

  it("says that a department deleted since the page was loaded was deleted, and by whom, writing nothing", async () => {
    const { orgId, actors } = await makeOrg();
    const alex = actors.admin;
    const sam = await secondAdmin(orgId);
    const finance = await createDepartment({ actor: alex, input: { name: "Finance" } });
    await deleteDepartment({ actor: sam, input: { departmentId: finance.id, version: 1 } });

    const gone = await refused(renameDepartment({ actor: alex, input: { departmentId: finance.id, name: "Finance and payroll", version: 1 } }));
    expect(gone.code).toBe("NOT_FOUND");
    expect(gone.message).toBe("“Finance” was deleted by Sam Admin since this page was loaded, so it could not be renamed. Reload the page to see the departments there are now.");
    expect(await departmentsOf(orgId)).toEqual([]);
    expect((await auditsOf(orgId)).map((row) => row.action)).toEqual(["department.created", "department.deleted"]);
    // An id the organisation never had is still just not found.
    expect(await failure(renameDepartment({ actor: alex, input: { departmentId: "no-such-department", name: "Finance", version: 1 } }))).toMatchObject({
      code: "NOT_FOUND",
      message: "The department was not found.",
    });
  });

  it("refuses a rename without the version the form was shown", async () => {
    const { orgId, actors } = await makeOrg();
    const finance = await createDepartment({ actor: actors.admin, input: { name: "Finance" } });
    expect((await failure(renameDepartment({ actor: actors.admin, input: { departmentId: finance.id, name: "Money" } }))).code).toBe("VALIDATION");
    expect(await departmentsOf(orgId)).toEqual([{ id: finance.id, name: "Finance" }]);
  });
});
