/**
 * The members page, the departments (their settings page and the person form's select) and the
 * plans (their list, the plans a new one may start from, the audit log's plan filter) list by
 * name as a reader orders names: letter case and accents do not move a name to the end. The
 * database's order is its collation's, which in a "C" database (as here, and as an initdb without
 * a locale makes) puts "Zoë" before "alice" and "Émile" after "Zoë". Every one of these lists,
 * the People register's pages, the selects of a function's form and the departments a refused
 * people import names are sorted by Postgres, by the names' own collation (decision 88).
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
import { listPeople } from "@/lib/people/list-people";
import { previewPeopleImport } from "@/lib/people/import-people";
import { listFunctionOptions } from "@/lib/bia/list-function-options";
import { saveSite } from "@/lib/recovery/setup/save-site";
import { failure, makeOrg } from "./factories";

const NAMES = ["Zoë Zimmer", "admin", "Émile Roux", "Bob Brown", "de Vries"];
const IN_ORDER = ["admin", "Bob Brown", "de Vries", "Émile Roux", "Zoë Zimmer"];

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

  it("pages the People register by name, either way, and by job title as a reader orders them", async () => {
    const { orgId, actors } = await makeOrg("Names");
    const titles = ["zoning officer", "Analyst", "Électricien", "buyer", "Clerk"];
    for (const [i, name] of NAMES.entries()) await db.person.create({ data: { orgId, name, jobTitle: titles[i] } });
    // Eight more, so that a page of ten ends among them and the pages' order is the database's.
    for (let i = 1; i <= 8; i++) await db.person.create({ data: { orgId, name: `Mia Moss ${i}` } });
    const page = async (query: Record<string, string>) => (await listPeople({ actor: actors.committee, query: { pageSize: "10", ...query } })).rows.map((p) => p.name);
    expect((await page({})).slice(0, 4)).toEqual(IN_ORDER.slice(0, 4));
    expect(await page({ page: "2" })).toEqual(["Mia Moss 7", "Mia Moss 8", "Zoë Zimmer"]);
    expect(await page({ dir: "desc", page: "2" })).toEqual(["de Vries", "Bob Brown", "admin"]);
    const byTitle = (await listPeople({ actor: actors.committee, query: { sort: "jobTitle", q: "" } })).rows.map((p) => p.jobTitle).filter(Boolean);
    expect(byTitle).toEqual(["Analyst", "buyer", "Clerk", "Électricien", "zoning officer"]);
  });

  it("offers a function's departments, people, sites and systems as a reader orders their names", async () => {
    const { orgId, actors } = await makeOrg("Names");
    const actor = actors.admin;
    const plan = await createPlan({ actor, input: { name: "Depot" } });
    for (const name of NAMES) {
      await createDepartment({ actor, input: { name } });
      await db.person.create({ data: { orgId, name } });
      await db.site.create({ data: { orgId, name } });
      await db.system.create({ data: { orgId, planId: plan.id, name } });
    }
    const options = await listFunctionOptions({ actor, planId: plan.id });
    for (const list of [options.departments, options.people, options.sites, options.systems]) expect(list.map((o) => o.name)).toEqual(IN_ORDER);
  });

  it("names the departments there are, as a reader orders them, when an import names one that is not", async () => {
    const { actors } = await makeOrg("Names");
    for (const name of NAMES) await createDepartment({ actor: actors.admin, input: { name } });
    const error = await failure(previewPeopleImport({ actor: actors.admin, file: new File(["Name,Department\r\nAnn Lee,Marketing\r\n"], "people.csv", { type: "text/csv" }) }));
    expect(Object.values(error.fieldErrors ?? {})).toContain(
      "Row 2, column “Department”: “Marketing” is not one of the organisation's departments (admin, Bob Brown, de Vries, Émile Roux and Zoë Zimmer); use one of those, or add it in Settings first",
    );
  });

  it("still marks the plans changed whose system is on a renamed site (its trigger was made again with the new collation)", async () => {
    const { orgId, actors } = await makeOrg("Names");
    const actor = actors.admin;
    const plan = await createPlan({ actor, input: { name: "Depot" } });
    const site = await saveSite({ actor, input: { name: "Quay office", kind: "office" } });
    await db.system.create({ data: { orgId, planId: plan.id, name: "ERP", siteId: site.id } });
    const revision = async () => (await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision;
    const before = await revision();
    await saveSite({ actor, input: { siteId: site.id, version: "1", name: "Émile's quay", kind: "office" } });
    expect(await revision()).toBe(before + 1);
  });
});
