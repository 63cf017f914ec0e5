/**
 * The members page, the departments (their settings page and the person form's select) and the
 * plans (their list, the plans a new one may start from, the audit log's plan filter) list by
 * name as a reader orders names: letter case and accents do not move a name to the end. The
 * database's order is its collation's, which in a "C" database (as here, and as an initdb without
 * a locale makes) puts "Zoë" before "alice" and "Émile" after "Zoë".
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listMembers } from "@/lib/members/list-members";
import { createDepartment } from "@/lib/departments/create-department";
import { listDepartmentsInUse } from "@/lib/departments/list-departments";
import { listDepartments } from "@/lib/people/list-departments";
import { createPlan } from "@/lib/plans/create-plan";
import { listPlans } from "@/lib/plans/list-plans";
import { listCopySources } from "@/lib/plans/list-copy-sources";
import { listAudit } from "@/lib/audit/list-audit";
import { makeOrg } from "./factories";

describe("lists by name", () => {
  it("lists the members as a reader orders their names, whatever their letter case and accents", async () => {
    const org = await makeOrg("Names");
    for (const name of ["Zoë Zimmer", "Bob Brown", "Émile Roux", "de Vries"]) {
      const user = await db.user.create({ data: { email: `${name.replace(/\W/g, "").toLowerCase()}-${org.orgId}@example.test`, name } });
      await db.membership.create({ data: { orgId: org.orgId, userId: user.id, role: "committee" } });
    }
    // makeOrg names its members "admin …", "auditor …", "committee …" and "executive …".
    const names = (await listMembers({ actor: org.actors.admin })).map((m) => m.user.name.replace(/ [0-9a-f]{8}$/, ""));
    expect(names).toEqual(["admin", "auditor", "Bob Brown", "committee", "de Vries", "Émile Roux", "executive", "Zoë Zimmer"]);
  });

  it("lists the departments as a reader orders their names, on their page and in the person form", async () => {
    const org = await makeOrg("Names");
    const actor = org.actors.admin;
    for (const name of ["Sales", "finance", "Événements", "IT"]) await createDepartment({ actor, input: { name } });
    const expected = ["Événements", "finance", "IT", "Sales"];
    expect((await listDepartmentsInUse({ actor })).map((d) => d.name)).toEqual(expected);
    expect((await listDepartments({ actor })).map((d) => d.name)).toEqual(expected);
  });

  it("lists the plans as a reader orders their names, in their list, as copy sources and in the audit log's plan filter", async () => {
    const org = await makeOrg("Names");
    const actor = org.actors.admin;
    for (const name of ["Zürich depot", "alpha site", "Łódź office", "Bristol"]) await createPlan({ actor, input: { name } });
    const expected = ["alpha site", "Bristol", "Łódź office", "Zürich depot"];
    expect((await listPlans({ actor, status: "active" })).map((p) => p.name)).toEqual(expected);
    expect((await listCopySources({ actor })).map((p) => p.name)).toEqual(expected);
    expect((await listAudit({ actor, query: {} })).plans.map((p) => p.label)).toEqual(expected);
  });
});
