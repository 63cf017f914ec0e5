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
import { failure, makeOrg } from "./factories";

const departmentsOf = (orgId: string) => db.department.findMany({ where: { orgId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
const auditsOf = (orgId: string) =>
  db.auditLog.findMany({ where: { orgId, entityType: "department" }, orderBy: { createdAt: "asc" }, select: { action: true, entityId: true, before: true, after: true } });

describe("departments", () => {
  it("adds, renames and deletes a department, each with its audit row", async () => {
    const { orgId, actors } = await makeOrg();
    const actor = actors.admin;
    const finance = await createDepartment({ actor, input: { name: "  Finance   and  payroll " } });
    expect(await departmentsOf(orgId)).toEqual([{ id: finance.id, name: "Finance and payroll" }]);

    const renamed = await renameDepartment({ actor, input: { departmentId: finance.id, name: "Finance" } });
    expect(renamed).toMatchObject({ changed: true, name: "Finance" });
    // The same name again writes nothing; another capitalisation of its own name is a rename.
    expect(await renameDepartment({ actor, input: { departmentId: finance.id, name: " Finance " } })).toMatchObject({ changed: false });
    await renameDepartment({ actor, input: { departmentId: finance.id, name: "FINANCE" } });
    expect(await departmentsOf(orgId)).toEqual([{ id: finance.id, name: "FINANCE" }]);

    expect(await deleteDepartment({ actor, input: { departmentId: finance.id } })).toMatchObject({ name: "FINANCE" });
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
    expect(await failure(renameDepartment({ actor, input: { departmentId: sales.id, name: "It" } }))).toMatchObject({ code: "VALIDATION", fieldErrors: { name: taken } });
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
    expect(await listDepartmentsInUse({ actor: admin })).toEqual([{ id: ops.id, name: "Operations", products: 1, functions: 3, people: 1 }]);
    const rows = async () => ({
      departments: await departmentsOf(orgId),
      products: await db.product.findMany({ where: { orgId }, select: { id: true, departmentId: true, version: true }, orderBy: { id: "asc" } }),
      functions: await db.businessFunction.findMany({ where: { orgId }, select: { id: true, departmentId: true, version: true }, orderBy: { id: "asc" } }),
      people: await db.person.findMany({ where: { orgId }, select: { id: true, departmentId: true, version: true } }),
      audits: await db.auditLog.count({ where: { orgId } }),
    });
    const before = await rows();

    const refused = await failure(deleteDepartment({ actor: admin, input: { departmentId: ops.id } }));
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
    const refused = await failure(deleteDepartment({ actor: actors.admin, input: { departmentId: hq.id } }));
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
    await renameDepartment({ actor: actors.admin, input: { departmentId: ops.id, name: "Operations and logistics" } });
    const after = await revisions();
    expect(after[depot.id]).toBeGreaterThan(before[depot.id]);
    expect(after[store.id]).toBeGreaterThan(before[store.id]);
    expect(after[office.id]).toBe(before[office.id]);
  });

  it("cannot rename or delete another organisation's department", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const finance = await createDepartment({ actor: mine.actors.admin, input: { name: "Finance" } });
    const rename = await failure(renameDepartment({ actor: theirs.actors.admin, input: { departmentId: finance.id, name: "Hijacked" } }));
    expect(rename).toMatchObject({ code: "NOT_FOUND", message: "The department was not found." });
    const remove = await failure(deleteDepartment({ actor: theirs.actors.admin, input: { departmentId: finance.id } }));
    expect(remove).toMatchObject({ code: "NOT_FOUND", message: "The department was not found." });
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
      expect((await failure(renameDepartment({ actor, input: { departmentId: finance.id, name: "Money" } }))).code).toBe("FORBIDDEN");
      expect((await failure(deleteDepartment({ actor, input: { departmentId: finance.id } }))).code).toBe("FORBIDDEN");
      expect((await failure(listDepartmentsInUse({ actor }))).code).toBe("FORBIDDEN");
    }
    expect(await departmentsOf(orgId)).toEqual([{ id: finance.id, name: "Finance" }]);
    expect(await auditsOf(orgId)).toHaveLength(1);
  });
});
