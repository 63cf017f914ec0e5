import { describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db/client";
import { orgTables, quote, type OrgTable } from "@/lib/exports/org-tables";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { COPIED, NOT_COPIED, PLAN_COLUMNS } from "@/lib/plans/plan-content";
import { planTables, unclassifiedTables } from "@/lib/plans/copy-statements";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { toRecoveryModel } from "@/lib/recovery/to-model";
import { describeEntries } from "@/lib/audit/describe-entries";
import { failure, makeOrg, type TestOrg } from "./factories";
import { orgSnapshot, ROW_TEXT } from "./org-snapshot";
import { seedPlanWithEverything } from "./plan-content";

const tables = () => orgTables(db as unknown as Tx);

/** The SQL condition on a table's rows that selects one plan's ($1): by planId, or by the plan row they belong to. */
function ofPlan(table: OrgTable, all: Map<string, OrgTable>, alias = "x"): string {
  if (table.columns.includes("planId")) return `${alias}."planId" = $1`;
  const parent = table.references.find((r) => all.get(r.target)?.columns.includes("planId"))!;
  return `${alias}.${quote(parent.column)} IN (SELECT "id" FROM ${quote(parent.target)} WHERE "planId" = $1)`;
}

/** Per table of a plan's rows: how many the plan has and a digest of them. */
async function planRows(planId: string, names: string[], { digest = false } = {}): Promise<Record<string, string>> {
  const all = new Map((await tables()).map((t) => [t.name, t]));
  const out: Record<string, string> = {};
  for (const name of names) {
    const table = all.get(name)!;
    const [row] = await db.$queryRawUnsafe<{ value: string }[]>(
      `SELECT count(*)::text${digest ? ` || ':' || coalesce(md5(string_agg(${ROW_TEXT}, '|' ORDER BY ${ROW_TEXT})), '')` : ""} AS value FROM ${quote(name)} x WHERE ${ofPlan(table, all)}`,
      planId,
    );
    out[name] = row.value;
  }
  return out;
}

async function copyOf(org: TestOrg, sourceId: string, name = "Copy") {
  return createPlan({ actor: org.actors.committee, input: { name, description: "Avonmouth", startFrom: sourceId } });
}

describe("a new plan started from another", () => {
  it("names every table of a plan's rows, copied or left with its reason, and every column of the plan", async () => {
    const catalog = await tables();
    expect(unclassifiedTables(catalog), "tables of a plan's rows lib/plans/plan-content.ts names in neither COPIED nor NOT_COPIED").toEqual([]);
    const known = planTables(catalog);
    expect([...Object.keys(COPIED), ...Object.keys(NOT_COPIED)].filter((name) => !known.includes(name)), "listed tables the database does not have").toEqual([]);
    const columns = catalog.find((t) => t.name === "Plan")!.columns;
    const listed = [...PLAN_COLUMNS.fromSource, ...PLAN_COLUMNS.typed, ...PLAN_COLUMNS.own, ...Object.keys(PLAN_COLUMNS.left)];
    expect([...columns].sort(), "columns of Plan that PLAN_COLUMNS does not name").toEqual([...listed].sort());
  });

  it("copies every kind of content with new ids, its references inside the new plan, its people and sites shared", async () => {
    const org = await makeOrg();
    const source = await seedPlanWithEverything(org, "Bristol operations");
    const sourceRows = await planRows(source.planId, Object.keys(COPIED));
    const sourceTables = [...Object.keys(COPIED), ...Object.keys(NOT_COPIED)];
    const before = await planRows(source.planId, sourceTables, { digest: true });
    const sourcePlan = await db.plan.findUniqueOrThrow({ where: { id: source.planId } });

    const copy = await copyOf(org, source.planId, "Avonmouth cold store");

    const plan = await db.plan.findUniqueOrThrow({ where: { id: copy.id } });
    expect(plan).toMatchObject({ orgId: org.orgId, name: "Avonmouth cold store", description: "Avonmouth", status: "active", version: 1, contentRevision: 0, endorsedOn: null });
    for (const column of PLAN_COLUMNS.fromSource) expect(plan[column], column).toEqual(sourcePlan[column]);

    // The same rows, but for the distribution register's entry and the link to it that no form would make.
    expect(await planRows(copy.id, Object.keys(COPIED))).toEqual({
      ...sourceRows,
      InventoryItem: String(Number(sourceRows.InventoryItem) - 1),
      _FunctionVendors: String(Number(sourceRows._FunctionVendors) - 1),
    });
    expect(await db.inventoryItem.count({ where: { planId: copy.id, kind: "distribution" } })).toBe(0);

    // Every reference of a copied row to a row of a plan points into the new plan.
    const catalog = await tables();
    const all = new Map(catalog.map((t) => [t.name, t]));
    for (const name of Object.keys(COPIED)) {
      const table = all.get(name)!;
      for (const { column, target } of table.references) {
        if (!all.get(target)?.columns.includes("planId")) continue;
        const [{ outside }] = await db.$queryRawUnsafe<{ outside: number }[]>(
          `SELECT count(*)::int AS outside FROM ${quote(name)} x JOIN ${quote(target)} t ON t."id" = x.${quote(column)} WHERE ${ofPlan(table, all)} AND t."planId" <> $1`,
          copy.id,
        );
        expect(outside, `${name}.${column} pointing outside the new plan`).toBe(0);
      }
    }

    // People and sites are the organisation's: the copy names the same ones.
    const people = async (planId: string) => {
      const p = await db.plan.findUniqueOrThrow({
        where: { id: planId },
        select: {
          sponsorId: true,
          committeeMembers: { select: { personId: true, role: true }, orderBy: { personId: "asc" } },
          ertRoles: { select: { title: true, primaryId: true, alternateId: true } },
          threats: { select: { title: true, ownerId: true }, orderBy: { title: "asc" } },
          systems: { select: { name: true, ownerPersonId: true, siteId: true, ownerText: true, host: { select: { key: true } }, dependsOn: { select: { name: true }, orderBy: { name: "asc" } } }, orderBy: { name: "asc" } },
          functions: { select: { name: true, keyPeople: { select: { id: true } }, facilities: { select: { id: true } }, departmentId: true, impactGrid: true, tier: { select: { name: true } }, product: { select: { name: true } }, vendors: { where: { kind: { not: "distribution" } }, select: { label: true } } }, orderBy: { name: "asc" } },
          scenarios: { select: { key: true, lostSites: { select: { id: true } }, threats: { select: { title: true } }, lostHostKeys: true }, orderBy: { key: "asc" } },
          inventoryRegisters: { select: { kind: true, ownerId: true, lastReviewedAt: true }, orderBy: { kind: "asc" } },
          inventoryItems: { where: { kind: { not: "distribution" } }, select: { kind: true, data: true, label: true, updatedAt: true }, orderBy: { kind: "asc" } },
          sections: { select: { key: true, body: true }, orderBy: { key: "asc" } },
        },
      });
      return p;
    };
    const copied = await people(copy.id);
    expect(copied).toEqual(await people(source.planId));
    expect(copied.functions.find((f) => f.name === "Invoicing")?.vendors).toEqual([{ label: "Fuel Co" }]);
    expect(copied.ertRoles[0]).toMatchObject({ primaryId: source.personIds[0], alternateId: source.personIds[1] });

    // None of the source plan's records.
    const records = await planRows(copy.id, Object.keys(NOT_COPIED));
    expect(records).toEqual({ ...Object.fromEntries(Object.keys(NOT_COPIED).map((name) => [name, "0"])), AuditLog: "1" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { planId: copy.id } });
    expect(audit).toMatchObject({ action: "plan.created", entityId: copy.id, actorId: org.actors.committee.userId, after: { name: "Avonmouth cold store", copiedFrom: { id: source.planId, name: "Bristol operations" } } });

    // The source is as it was.
    expect(await planRows(source.planId, sourceTables, { digest: true })).toEqual(before);
    expect(await db.plan.findUniqueOrThrow({ where: { id: source.planId } })).toEqual(sourcePlan);
  });

  it("gives the copy the source's recovery model, but for its restore points and tests", async () => {
    const org = await makeOrg();
    const source = await seedPlanWithEverything(org, "Bristol operations");
    const copy = await copyOf(org, source.planId);
    const at = new Date("2026-11-25T12:00:00Z");
    const modelOf = async (planId: string) => toRecoveryModel(await loadRecoveryRows(db as unknown as Tx, { orgId: org.orgId, planId }), at);
    const original = await modelOf(source.planId);
    expect(original.model.restorePoints).toHaveLength(1);
    expect(original.model.tests).toHaveLength(1);
    expect(original.model.systems).toHaveLength(3);
    const copied = await modelOf(copy.id);
    expect(copied).toEqual({ ...original, model: { ...original.model, restorePoints: [], tests: [] } });
  });

  it("shows the source by name on the new plan's audit row", async () => {
    const org = await makeOrg();
    const source = await createPlan({ actor: org.actors.admin, input: { name: "Bristol operations" } });
    const copy = await createPlan({ actor: org.actors.admin, input: { name: "Bristol operations 2027", startFrom: source.id } });
    const rows = await db.auditLog.findMany({ where: { orgId: org.orgId, planId: copy.id } });
    const [entry] = await describeEntries(org.actors.admin, rows);
    expect(entry.changes.map((c) => `${c.field}: ${c.to}`)).toEqual(["name: Bristol operations 2027", "status: active", "copied from: Bristol operations"]);
  });

  it("refuses another organisation's plan, an unknown one and an archived one at the field, writing nothing", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const theirs = await seedPlanWithEverything(other, "Riverside");
    const archived = await createPlan({ actor: org.actors.committee, input: { name: "Old depot" } });
    await archivePlan({ actor: org.actors.committee, input: { planId: archived.id } });
    const mine = await orgSnapshot(org.orgId);
    const others = await orgSnapshot(other.orgId);
    for (const [startFrom, message] of [
      [theirs.planId, "Choose a plan of your organisation."],
      ["cunknownplanid00000000000", "Choose a plan of your organisation."],
      [archived.id, "“Old depot” is archived: restore it first, or start from an active plan."],
    ]) {
      const error = await failure(createPlan({ actor: org.actors.committee, input: { name: "Stolen", startFrom } }));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ startFrom: message });
    }
    expect(await orgSnapshot(org.orgId)).toEqual(mine);
    expect(await orgSnapshot(other.orgId)).toEqual(others);
  });

  it("refuses a name already taken as creating does, and lets only admin and committee copy", async () => {
    const org = await makeOrg();
    const source = await seedPlanWithEverything(org, "Bristol operations");
    const before = await orgSnapshot(org.orgId);
    const taken = await failure(copyOf(org, source.planId, "Bristol operations"));
    expect(taken.fieldErrors).toEqual({ name: "A plan with this name already exists." });
    for (const role of ["executive", "auditor"] as const) {
      const error = await failure(createPlan({ actor: org.actors[role], input: { name: "Copy", startFrom: source.planId } }));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await orgSnapshot(org.orgId)).toEqual(before);
    const byAdmin = await createPlan({ actor: org.actors.admin, input: { name: "Copy", startFrom: source.planId } });
    expect(await db.system.count({ where: { planId: byAdmin.id } })).toBe(4);
  });
});
