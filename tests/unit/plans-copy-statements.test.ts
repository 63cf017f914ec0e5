import { describe, expect, it } from "vitest";
import { COPIED, LEFT_ROWS, NOT_COPIED } from "@/lib/plans/plan-content";
import { copyStatements, newId, planTables, unclassifiedTables, type CatalogTable } from "@/lib/plans/copy-statements";
import { allRegisters } from "@/lib/inventories/registers";

/** A table of a plan's rows as the catalog describes it: id, orgId, planId, and these references. */
const planTable = (name: string, references: Record<string, string> = {}): CatalogTable => ({
  name,
  columns: ["id", "orgId", "planId", ...Object.keys(references)],
  references: [{ column: "orgId", target: "Organization" }, { column: "planId", target: "Plan" }, ...Object.entries(references).map(([column, target]) => ({ column, target }))],
});

/** An implicit many-to-many table of Prisma's: "A" and "B". */
const link = (name: string, a: string, b: string): CatalogTable => ({ name, columns: ["A", "B"], references: [{ column: "A", target: a }, { column: "B", target: b }] });

const child = (name: string, references: Record<string, string>): CatalogTable => ({
  name,
  columns: ["id", "orgId", ...Object.keys(references)],
  references: [{ column: "orgId", target: "Organization" }, ...Object.entries(references).map(([column, target]) => ({ column, target }))],
});

const ORG: CatalogTable[] = [
  { name: "Organization", columns: ["id", "name"], references: [] },
  { name: "Plan", columns: ["id", "orgId", "name", "sponsorId"], references: [{ column: "orgId", target: "Organization" }, { column: "sponsorId", target: "Person" }] },
  { name: "Person", columns: ["id", "orgId", "name"], references: [{ column: "orgId", target: "Organization" }] },
  { name: "Site", columns: ["id", "orgId", "name"], references: [{ column: "orgId", target: "Organization" }] },
];

/** A catalog shaped like the app's: every table the lists name, with the references that matter here. */
function catalog(): CatalogTable[] {
  const special: Record<string, CatalogTable> = {
    System: planTable("System", { hostId: "Host", siteId: "Site", ownerPersonId: "Person" }),
    Host: planTable("Host", { siteId: "Site" }),
    InventoryItem: { ...planTable("InventoryItem"), columns: ["id", "orgId", "planId", "kind", "data"] },
    _FunctionVendors: link("_FunctionVendors", "BusinessFunction", "InventoryItem"),
    _FunctionKeyPeople: link("_FunctionKeyPeople", "BusinessFunction", "Person"),
    _SystemDependencies: link("_SystemDependencies", "System", "System"),
    PolicyCopy: child("PolicyCopy", { policyId: "BackupPolicy", toId: "BackupLocation" }),
    SystemRecoveryHost: child("SystemRecoveryHost", { hostId: "Host", scenarioId: "Scenario", systemId: "System" }),
    ExerciseMeasurement: child("ExerciseMeasurement", { exerciseId: "Exercise", systemId: "System" }),
    AuditLog: { name: "AuditLog", columns: ["id", "orgId", "planId"], references: [{ column: "orgId", target: "Organization" }] },
  };
  const named = [...Object.keys(COPIED), ...Object.keys(NOT_COPIED)].map((name) =>
    special[name] ?? (name.startsWith("_") ? link(name, "BusinessFunction", "System") : planTable(name)),
  );
  return [...ORG, ...named];
}

describe("copying a plan's content", () => {
  it("finds every table of a plan's rows, by planId, by a reference to the plan or through a row of one", () => {
    const tables = planTables(catalog());
    expect(tables).toContain("AuditLog");
    expect(tables).toContain("PolicyCopy");
    expect(tables).toContain("_SystemDependencies");
    expect(tables).not.toContain("Plan");
    expect(tables).not.toContain("Person");
    expect(unclassifiedTables(catalog())).toEqual([]);
  });

  it("refuses to copy when a table of a plan's rows is in neither list, or a copied table refers to one left behind", () => {
    const added = [...catalog(), planTable("Drill"), child("DrillStep", { drillId: "Drill" })];
    expect(unclassifiedTables(added)).toEqual(["Drill", "DrillStep"]);
    expect(() => copyStatements(added)).toThrow("A copy of a plan does not know Drill, DrillStep");
    const pointing = catalog().map((t) => (t.name === "Threat" ? planTable("Threat", { exerciseId: "Exercise" }) : t));
    expect(() => copyStatements(pointing)).toThrow("Threat.exerciseId refers to Exercise, which a copy of a plan leaves behind.");
  });

  it("gives copied rows new ids, points references to copied rows at their copies and keeps the organisation's", () => {
    const system = copyStatements(catalog()).find((s) => s.startsWith(`INSERT INTO "System" `))!;
    expect(system).toBe(
      `INSERT INTO "System" ("id", "orgId", "planId", "hostId", "siteId", "ownerPersonId") ` +
        `SELECT ${newId(`"id"`)}, "orgId", $2::text, ${newId(`"hostId"`)}, "siteId", "ownerPersonId" FROM "System" WHERE "planId" = $1::text`,
    );
    const copies = copyStatements(catalog()).find((s) => s.startsWith(`INSERT INTO "PolicyCopy" `))!;
    expect(copies).toContain(`WHERE "policyId" IN (SELECT "id" FROM "BackupPolicy" WHERE "planId" = $1::text)`);
    expect(copies).toContain(`${newId(`"toId"`)}`);
  });

  it("copies a row after the rows it refers to", () => {
    const order = copyStatements(catalog()).map((s) => /^INSERT INTO "(\w+)"/.exec(s)![1]);
    expect(order.indexOf("Host")).toBeLessThan(order.indexOf("System"));
    expect(order.indexOf("System")).toBeLessThan(order.indexOf("_SystemDependencies"));
    expect(order.indexOf("BackupPolicy")).toBeLessThan(order.indexOf("PolicyCopy"));
    expect(order.indexOf("Scenario")).toBeLessThan(order.indexOf("SystemRecoveryHost"));
    expect(order.sort()).toEqual(Object.keys(COPIED).sort());
  });

  it("leaves the distribution register's entries behind, and the links to them", () => {
    const statements = copyStatements(catalog());
    expect(statements.find((s) => s.startsWith(`INSERT INTO "InventoryItem" `))).toMatch(/WHERE "planId" = \$1::text AND "kind" <> 'distribution'$/);
    expect(statements.find((s) => s.startsWith(`INSERT INTO "_FunctionVendors" `))).toContain(
      `AND ("B" IS NULL OR "B" IN (SELECT "id" FROM "InventoryItem" WHERE "planId" = $1::text AND "kind" <> 'distribution'))`,
    );
    // A person is the organisation's: a function's key people are linked as they are.
    expect(statements.find((s) => s.startsWith(`INSERT INTO "_FunctionKeyPeople" `))).toBe(
      `INSERT INTO "_FunctionKeyPeople" ("A", "B") SELECT ${newId(`"A"`)}, "B" FROM "_FunctionKeyPeople" WHERE "A" IN (SELECT "id" FROM "BusinessFunction" WHERE "planId" = $1::text)`,
    );
  });

  it("leaves behind the entries of every register that names the plan's versions (they are the source plan's)", () => {
    const naming = allRegisters().filter((r) => r.fields.some((f) => f.type === "version")).map((r) => r.kind);
    expect(naming.length).toBeGreaterThan(0);
    for (const kind of naming) expect(LEFT_ROWS.InventoryItem.keep).toContain(`'${kind}'`);
  });

  it("names no table in both lists", () => {
    expect(Object.keys(COPIED).filter((name) => Object.hasOwn(NOT_COPIED, name))).toEqual([]);
  });
});
