/**
 * Titles and labels sort as a reader orders them, as names do (decision 91): letter case and
 * accents do not move a threat, a test, a response team role, a register item or a test's file to
 * the end. The database's order is its collation's, which in a "C" database (as here, and as an
 * initdb without a locale makes) puts "Beta" before "alpha" and "Émile" after "zulu".
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { listThreats } from "@/lib/risks/list-threats";
import { listScenarioChoices } from "@/lib/risks/list-scenario-choices";
import { listExercises } from "@/lib/exercises/list-exercises";
import { getCommittee } from "@/lib/committee/get-committee";
import { listItems } from "@/lib/inventories/list-items";
import { listFunctionOptions } from "@/lib/bia/list-function-options";
import { buildSnapshot } from "@/lib/versions/build-snapshot";
import { makeOrg } from "./factories";

const TITLES = ["zulu", "Émile", "Beta", "alpha"];
const IN_ORDER = ["alpha", "Beta", "Émile", "zulu"];

async function planOf(label: string) {
  const org = await makeOrg(label);
  const plan = await createPlan({ actor: org.actors.admin, input: { name: "Depot" } });
  return { ...org, actor: org.actors.admin, scope: { orgId: org.orgId, planId: plan.id } };
}

describe("lists by title or label", () => {
  it("lists the threats by title as a reader orders them, in the register either way and in a scenario's choices", async () => {
    const { actor, scope } = await planOf("Titles");
    for (const title of TITLES) await db.threat.create({ data: { ...scope, title, category: "technical", likelihood: 2, impact: 3 } });
    const page = async (dir: string) => (await listThreats({ actor, planId: scope.planId, query: { sort: "title", dir } })).rows.map((t) => t.title);
    expect(await page("asc")).toEqual(IN_ORDER);
    expect(await page("desc")).toEqual([...IN_ORDER].reverse());
    expect((await listScenarioChoices({ actor, planId: scope.planId })).threats.map((t) => t.title)).toEqual(IN_ORDER);
  });

  it("pages the tests by title as a reader orders them", async () => {
    const { actor, scope } = await planOf("Titles");
    for (const title of TITLES) await db.exercise.create({ data: { ...scope, title, type: "walkthrough", conductedOn: new Date("2026-09-22"), result: "passed" } });
    const page = async (page: number) =>
      (await listExercises({ actor, planId: scope.planId, query: { q: "", sort: "title", dir: "asc", page, pageSize: 2 } })).rows.map((e) => e.title);
    expect([...(await page(1)), ...(await page(2))]).toEqual(IN_ORDER);
  });

  it("lists the response team's roles of one rank by title as a reader orders them", async () => {
    const { actor, scope } = await planOf("Titles");
    for (const title of TITLES) await db.ertRole.create({ data: { ...scope, title } });
    expect((await getCommittee({ actor, planId: scope.planId })).ertRoles.map((r) => r.title)).toEqual(IN_ORDER);
  });

  it("lists a register's items by label and by a text field as a reader orders them, and offers a function's vendors so", async () => {
    const { actor, scope } = await planOf("Titles");
    for (const [i, label] of TITLES.entries()) {
      await db.inventoryItem.create({ data: { ...scope, kind: "vendors", label, data: { name: label, service: TITLES[TITLES.length - 1 - i] } } });
    }
    const list = async (query: Record<string, string>) => (await listItems({ actor, input: { planId: scope.planId, kind: "vendors" }, query })).items.rows;
    expect((await list({ sort: "label" })).map((item) => item.label)).toEqual(IN_ORDER);
    expect((await list({ sort: "service" })).map((item) => item.data.service)).toEqual(IN_ORDER);
    expect((await listFunctionOptions({ actor, planId: scope.planId })).vendors.map((v) => v.label)).toEqual(IN_ORDER);
  });

  it("freezes a test's files by name as a reader orders them", async () => {
    const { scope } = await planOf("Titles");
    const exercise = await db.exercise.create({ data: { ...scope, title: "Restore", type: "simulation", conductedOn: new Date("2026-09-22"), result: "passed" } });
    for (const title of TITLES) {
      await db.attachment.create({ data: { ...scope, exerciseId: exercise.id, fileName: `${title}.pdf`, contentType: "application/pdf", sizeBytes: 1, sha256: "0".repeat(64), data: Buffer.from("x") } });
    }
    const snapshot = await db.$transaction((tx) => buildSnapshot(tx, scope));
    expect(snapshot.tests.exercises[0].attachments.map((a) => a.fileName)).toEqual(IN_ORDER.map((title) => `${title}.pdf`));
  });
});
