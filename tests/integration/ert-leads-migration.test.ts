import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { makeOrg } from "./factories";
import { inRolledBackTransaction, migrationStatements } from "./migration-sql";

describe("migration ert_leads_response", () => {
  it("marks as leading the response the roles whose words said they declare, invoke or activate, and leaves the plan's revision alone", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
    const scope = { orgId: org.orgId, planId: plan.id };
    const roles = [
      { title: "Incident lead", responsibilities: "Declares the incident, decides when to invoke the plan." },
      { title: "Deputy", responsibilities: "ACTIVATES the call tree when the incident lead cannot." },
      { title: "Plan invocation", responsibilities: "" },
      { title: "Finance lead", responsibilities: "Pays invoices and keeps payroll running." },
      { title: "Site lead", responsibilities: "Activity log of the site; reactivated doors." },
    ];
    // As the rows were before the migration: nothing marked.
    for (const [index, role] of roles.entries()) await db.ertRole.create({ data: { ...scope, ...role, sortOrder: index } });
    const revision = (await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision;

    const statements = migrationStatements({ name: "20261205200000_ert_leads_response", from: `ALTER TABLE "ErtRole" DISABLE`, through: `ALTER TABLE "ErtRole" ENABLE` });
    const found = await inRolledBackTransaction(statements, async (tx) => ({
      leads: (await tx.ertRole.findMany({ where: { ...scope, leadsResponse: true }, orderBy: { sortOrder: "asc" }, select: { title: true } })).map((r) => r.title),
      revision: (await tx.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision,
    }));
    expect(found).toEqual({ leads: ["Incident lead", "Deputy", "Plan invocation"], revision });
  });
});
