import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { deletePerson } from "@/lib/people/delete-person";
import { listPeople } from "@/lib/people/list-people";
import { listSystems, systemListQuery } from "@/lib/systems/list-systems";
import { listVmFacts } from "@/lib/recovery/setup/list-vm-facts";
import { listThreats } from "@/lib/risks/list-threats";
import { functionListQuery, listFunctions } from "@/lib/bia/list-functions";
import { EXERCISE_SORTS, listExercises } from "@/lib/exercises/list-exercises";
import { listItems } from "@/lib/inventories/list-items";
import { listQuerySchema } from "@/lib/lists/list-query";
import { makeOrg } from "./factories";

const numbered = (label: string, count: number) => Array.from({ length: count }, (_, n) => `${label} ${String(n + 1).padStart(2, "0")}`);

describe("a page number past the end of a list", () => {
  it("lists the last page of people, also after the last rows of the last page are deleted", async () => {
    const { orgId, actors } = await makeOrg();
    const actor = actors.auditor;
    await db.person.createMany({ data: numbered("Person", 12).map((name) => ({ orgId, name })) });

    // The reviewer's /people?page=5 with 12 people: page 1 of 1, all twelve.
    const five = await listPeople({ actor, query: { page: "5" } });
    expect(five).toMatchObject({ total: 12, page: 1, pageCount: 1, query: { page: 1 } });
    expect(five.rows.map((row) => row.name)).toEqual(numbered("Person", 12));

    // By ten, page 2 holds two people; once both are deleted, the link to page 2 shows page 1.
    const second = await listPeople({ actor, query: { page: "2", pageSize: "10" } });
    expect(second.rows.map((row) => row.name)).toEqual(["Person 11", "Person 12"]);
    for (const row of second.rows) await deletePerson({ actor: actors.committee, input: { personId: row.id, version: 1 } });
    const after = await listPeople({ actor, query: { page: "2", pageSize: "10" } });
    expect(after).toMatchObject({ total: 10, page: 1, pageCount: 1, query: { page: 1, pageSize: 10 } });
    expect(after.rows.map((row) => row.name)).toEqual(numbered("Person", 10));

    // A search that matches nothing is an empty page 1 of 1, the search kept for the page's "no match" words.
    expect(await listPeople({ actor, query: { q: "nobody", page: "3" } })).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1, query: { q: "nobody" } });
  });

  it("lists the last page of every plan list: systems, VM facts, threats, functions, tests and a register", async () => {
    const { orgId, actors } = await makeOrg();
    const actor = actors.auditor;
    const { id: planId } = await createPlan({ actor: actors.committee, input: { name: "Depot" } });
    const scope = { orgId, planId };
    await db.system.createMany({ data: numbered("System", 6).map((name) => ({ ...scope, name })) });
    await db.threat.createMany({ data: numbered("Threat", 6).map((title) => ({ ...scope, title, category: "technical" as const, likelihood: 2, impact: 3 })) });
    await db.businessFunction.createMany({ data: numbered("Function", 6).map((name) => ({ ...scope, name })) });
    await db.exercise.createMany({
      data: numbered("Test", 6).map((title, n) => ({ ...scope, title, type: "walkthrough" as const, result: "passed" as const, conductedOn: new Date(Date.UTC(2026, 0, n + 1)) })),
    });
    await db.inventoryItem.createMany({ data: numbered("Vendor", 6).map((label) => ({ ...scope, kind: "vendors", label, data: { name: label, service: "Support" } })) });
    const page3 = { page: "3", pageSize: "10" };
    const lastPage = { total: 6, page: 1, pageCount: 1 };

    const systems = await listSystems({ actor, planId, query: systemListQuery.parse(page3) });
    expect(systems).toMatchObject(lastPage);
    expect(systems.rows.map((row) => row.name)).toEqual(numbered("System", 6));
    const facts = await listVmFacts({ actor, planId, query: page3 });
    expect(facts).toMatchObject({ query: { page: 1 }, page: lastPage });
    expect(facts.page.rows.map((row) => row.name)).toEqual(numbered("System", 6));
    const threats = await listThreats({ actor, planId, query: { ...page3, sort: "title", dir: "asc" } });
    expect(threats).toMatchObject({ ...lastPage, query: { page: 1 } });
    expect(threats.rows.map((row) => row.title)).toEqual(numbered("Threat", 6));
    const functions = await listFunctions({ actor, planId, query: functionListQuery.parse(page3) });
    expect(functions).toMatchObject(lastPage);
    expect(functions.rows.map((row) => row.name)).toEqual(numbered("Function", 6));
    const tests = await listExercises({ actor, planId, query: listQuerySchema(EXERCISE_SORTS, "conductedOn").parse(page3) });
    expect(tests).toMatchObject(lastPage);
    expect(tests.rows.map((row) => row.title)).toEqual(numbered("Test", 6));
    // The reviewer's vendors?page=3 with 6 vendors.
    const vendors = await listItems({ actor, input: { planId, kind: "vendors" }, query: { page: "3" } });
    expect(vendors).toMatchObject({ query: { page: 1 }, items: lastPage });
    expect(vendors.items.rows.map((row) => row.label)).toEqual(numbered("Vendor", 6));
  });
});
