import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { listPeople } from "@/lib/people/list-people";
import { listSystems, systemListQuery } from "@/lib/systems/list-systems";
import { listVmFacts } from "@/lib/recovery/setup/list-vm-facts";
import { listThreats } from "@/lib/risks/list-threats";
import { functionListQuery, listFunctions } from "@/lib/bia/list-functions";
import { EXERCISE_SORTS, listExercises } from "@/lib/exercises/list-exercises";
import { listItems } from "@/lib/inventories/list-items";
import { listAudit } from "@/lib/audit/list-audit";
import { listQuerySchema } from "@/lib/lists/list-query";
import { makeOrg, type TestOrg } from "./factories";

// What a reader types is searched for as typed: "%", "_" and "\" are characters like any other,
// not LIKE's wildcards and escape.
const NAMES = ["100% uptime", "1000 users", "IT_Lead rota", "IT Lead rota", "ITxLead rota", "C:\\Backups", "C:Backups"];
const SEARCHES: [string, string[]][] = [
  ["100%", ["100% uptime"]],
  ["%", ["100% uptime"]],
  ["_", ["IT_Lead rota"]],
  ["it_lead", ["IT_Lead rota"]],
  ["C:\\", ["C:\\Backups"]],
];

type Lister = (org: TestOrg, planId: string, q: string) => Promise<string[]>;

const LISTS: [string, (org: TestOrg, planId: string) => Promise<unknown>, Lister][] = [
  [
    "people",
    ({ orgId }) => db.person.createMany({ data: NAMES.map((name) => ({ orgId, name })) }),
    async ({ actors }, _planId, q) => (await listPeople({ actor: actors.auditor, query: { q } })).rows.map((row) => row.name),
  ],
  [
    "systems",
    ({ orgId }, planId) => db.system.createMany({ data: NAMES.map((name) => ({ orgId, planId, name })) }),
    async ({ actors }, planId, q) => (await listSystems({ actor: actors.auditor, planId, query: systemListQuery.parse({ q }) })).rows.map((row) => row.name),
  ],
  [
    "systems' recovery facts",
    ({ orgId }, planId) => db.system.createMany({ data: NAMES.map((name) => ({ orgId, planId, name })) }),
    async ({ actors }, planId, q) => (await listVmFacts({ actor: actors.auditor, planId, query: { q } })).page.rows.map((row) => row.name),
  ],
  [
    "threats",
    ({ orgId }, planId) => db.threat.createMany({ data: NAMES.map((title) => ({ orgId, planId, title, category: "technical" as const, likelihood: 2, impact: 3 })) }),
    async ({ actors }, planId, q) => (await listThreats({ actor: actors.auditor, planId, query: { q } })).rows.map((row) => row.title),
  ],
  [
    "business functions",
    ({ orgId }, planId) => db.businessFunction.createMany({ data: NAMES.map((name) => ({ orgId, planId, name })) }),
    async ({ actors }, planId, q) => (await listFunctions({ actor: actors.auditor, planId, query: functionListQuery.parse({ q }) })).rows.map((row) => row.name),
  ],
  [
    "tests",
    ({ orgId }, planId) =>
      db.exercise.createMany({ data: NAMES.map((title) => ({ orgId, planId, title, type: "walkthrough" as const, result: "passed" as const, conductedOn: new Date(Date.UTC(2026, 0, 5)) })) }),
    async ({ actors }, planId, q) =>
      (await listExercises({ actor: actors.auditor, planId, query: listQuerySchema(EXERCISE_SORTS, "conductedOn").parse({ q }) })).rows.map((row) => row.title),
  ],
  [
    "a register",
    ({ orgId }, planId) => db.inventoryItem.createMany({ data: NAMES.map((label) => ({ orgId, planId, kind: "vendors", label, data: { name: label, service: "Support" } })) }),
    async ({ actors }, planId, q) => (await listItems({ actor: actors.auditor, input: { planId, kind: "vendors" }, query: { q } })).items.rows.map((row) => row.label),
  ],
];

describe("a search finds what was typed, wildcards and all", () => {
  it.each(LISTS)("on the list of %s", async (_list, seed, list) => {
    const org = await makeOrg();
    const { id: planId } = await createPlan({ actor: org.actors.committee, input: { name: "Depot" } });
    await seed(org, planId);
    for (const [q, found] of SEARCHES) expect({ q, found: (await list(org, planId, q)).sort() }).toEqual({ q, found });
  });

  it("on the audit log: by e-mail, by name and by kind of record", async () => {
    const org = await makeOrg();
    const { orgId, actors } = org;
    const entry = (actorEmail: string, action = "threat.created", entityType = "threat", actorId?: string) =>
      db.auditLog.create({ data: { orgId, actorEmail, actorId, action, entityType, entityId: actorEmail } });
    await entry("ops_lead@example.test");
    await entry("opsxlead@example.test");
    await entry("100%@example.test");
    await entry("1000@example.test");
    await entry("approver@example.test", "plan.version_approved_by", "plan_version");
    // Accounts whose membership was removed: the log still names them, and is searched by their names.
    for (const [name, who] of [["IT_Lead Sam", "sam"], ["ITxLead Kim", "kim"]]) {
      const user = await db.user.create({ data: { email: `${who}-${orgId}@example.test`, name } });
      await entry(`former-${who}@example.test`, "plan.created", "plan", user.id);
    }
    const emails = async (query: Record<string, string>) => (await listAudit({ actor: actors.auditor, query })).rows.map((row) => row.actorEmail).sort();

    expect(await emails({ q: "ops_lead" })).toEqual(["ops_lead@example.test"]);
    expect(await emails({ q: "100%" })).toEqual(["100%@example.test"]);
    expect(await emails({ q: "%" })).toEqual(["100%@example.test"]);
    // An "_" in the e-mail, the action's code (plan.version_approved_by) or the actor's name.
    expect(await emails({ q: "_" })).toEqual(["approver@example.test", "former-sam@example.test", "ops_lead@example.test"]);
    expect(await emails({ q: "IT_Lead" })).toEqual(["former-sam@example.test"]);
    // A kind of record the log does not hold lists nothing, whatever its characters.
    expect(await emails({ kind: "%" })).toEqual([]);
    expect(await emails({ kind: "____" })).toEqual([]);
    expect(await emails({ kind: "PLAN" })).toEqual(["former-kim@example.test", "former-sam@example.test"]);
    expect(await emails({ kind: "Plan_Version" })).toEqual(["approver@example.test"]);
    // The page's words for a kind of record still find it ("Plan version" is plan_version).
    expect(await emails({ q: "plan version" })).toEqual(["approver@example.test"]);
  });
});
