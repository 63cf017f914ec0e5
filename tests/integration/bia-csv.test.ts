import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { createFunction } from "@/lib/bia/create-function";
import { updateFunction } from "@/lib/bia/update-function";
import { updateFunctionDependencies } from "@/lib/bia/update-function-dependencies";
import { exportFunctions } from "@/lib/bia/export-functions";
import { importFunctions, previewFunctionImport } from "@/lib/bia/import-functions";
import { readCsvTable } from "@/lib/csv/read-csv";
import { writeCsv } from "@/lib/csv/write-csv";
import { failure, makeOrg, refused, type TestOrg } from "./factories";

const csvFile = (text: string, name = "bia.csv") => new File([text], name, { type: "text/csv" });

async function setup(label = "BiaCsv") {
  const org = await makeOrg(label);
  const actor = org.actors.committee;
  const plan = await createPlan({ actor, input: { name: "Bristol" } });
  const planId = plan.id;
  const finance = await db.department.create({ data: { orgId: org.orgId, name: "Finance" } });
  await db.department.create({ data: { orgId: org.orgId, name: "Warehouse" } });
  const sql = await db.system.create({ data: { orgId: org.orgId, planId, name: "SQL01" } });
  await db.system.create({ data: { orgId: org.orgId, planId, name: "ERP" } });
  const priya = await db.person.create({ data: { orgId: org.orgId, name: "Priya Shah" } });
  const fn = await createFunction({ actor, input: { planId, name: "Payroll", departmentId: finance.id } });
  // Severe after a day: the suggested MTD is 1 day and the suggested RTO 4 h.
  await updateFunction({
    actor,
    input: { planId, functionId: fn.id, version: "1", name: "Payroll", departmentId: finance.id, impactGrid: { financial: { "1440": "severe" } }, mtdMinutes: "1d", rtoMinutes: "4h", costPerHour: "1200" },
  });
  await updateFunctionDependencies({ actor, input: { planId, functionId: fn.id, version: "1", systemIds: [sql.id], keyPersonIds: [priya.id], vitalRecords: "Payroll ledger" } });
  await createFunction({ actor, input: { planId, name: "Picking" } });
  return { ...org, actor, planId, functionId: fn.id };
}

/** The export as a table, to edit cells by column name and write back. */
async function exported(org: TestOrg & { planId: string }) {
  const { csv } = await exportFunctions({ actor: org.actors.auditor, input: { planId: org.planId } });
  const { header, records } = readCsvTable(csv);
  const rows = records.map((r) => r.cells);
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(`No column ${name}`);
    return index;
  };
  const row = (name: string) => rows.find((r) => r[col("Function")] === name)!;
  const text = () => writeCsv([header, ...rows]);
  return { csv, header, rows, col, row, text };
}

const functionRows = (planId: string) => db.businessFunction.findMany({ where: { planId }, orderBy: { name: "asc" }, include: { systems: { select: { name: true } } } });
const auditCount = (orgId: string) => db.auditLog.count({ where: { orgId } });

describe("BIA export", () => {
  it("writes one row per function with names, targets in words, ratings and the round trip's columns, and is audited", async () => {
    const org = await setup();
    const file = await exported(org);
    expect(file.csv.startsWith("\uFEFF")).toBe(true);
    expect(file.header).toContain("Financial @ 1 day");
    const payroll = file.row("Payroll");
    expect(payroll[file.col("Department")]).toBe("Finance");
    expect(payroll[file.col("MTD")]).toBe("1 day");
    expect(payroll[file.col("RTO")]).toBe("4 h");
    expect(payroll[file.col("Cost per hour")]).toBe("1200");
    expect(payroll[file.col("Financial @ 1 day")]).toBe("Severe");
    expect(payroll[file.col("IT systems")]).toBe("SQL01");
    expect(payroll[file.col("Key people")]).toBe("Priya Shah");
    expect(payroll[file.col("Vital records")]).toBe("Payroll ledger");
    expect(payroll.slice(-3)).toEqual([org.functionId, "2", "2"]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "bia.exported" } })).toBe(1);
    const template = await exportFunctions({ actor: org.actors.auditor, input: { planId: org.planId, template: true } });
    expect(readCsvTable(template.csv)).toEqual({ header: file.header, records: [] });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "bia.exported" } })).toBe(1);
  });
});

describe("BIA import", () => {
  it("imports its own export back as all unchanged, writing nothing", async () => {
    const org = await setup();
    const { csv } = await exported(org);
    const preview = await previewFunctionImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(csv) });
    expect(preview).toMatchObject({ rows: 2, added: 0, updated: 0, unchanged: 2, changes: [] });
    const before = await auditCount(org.orgId);
    expect(await importFunctions({ actor: org.actor, input: { planId: org.planId, fingerprint: preview.fingerprint }, file: csvFile(csv) })).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await auditCount(org.orgId)).toBe(before);
  });

  it("previews an edited rating and RTO without writing, then updates exactly those fields and audits them", async () => {
    const org = await setup();
    const file = await exported(org);
    file.row("Payroll")[file.col("Financial @ 4 h")] = "moderate";
    file.row("Payroll")[file.col("RTO")] = "2h";
    const before = await functionRows(org.planId);
    const audits = await auditCount(org.orgId);
    const preview = await previewFunctionImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(file.text()) });
    expect(preview).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(preview.changes).toEqual([
      {
        row: 2,
        name: "Payroll",
        kind: "update",
        changes: [
          { label: "RTO", from: "4 h", to: "2 h" },
          { label: "Financial impact after 4 h", from: "not rated", to: "Moderate" },
        ],
      },
    ]);
    expect(await functionRows(org.planId)).toEqual(before);
    expect(await auditCount(org.orgId)).toBe(audits);

    const outcome = await importFunctions({ actor: org.actor, input: { planId: org.planId, fingerprint: preview.fingerprint }, file: csvFile(file.text()) });
    expect(outcome).toEqual({ added: 0, updated: 1, unchanged: 1 });
    const after = await functionRows(org.planId);
    const [payrollBefore, payrollAfter] = [before, after].map((rows) => rows.find((f) => f.name === "Payroll")!);
    expect(payrollAfter).toEqual({
      ...payrollBefore,
      rtoMinutes: 120,
      impactGrid: { financial: { "240": "moderate", "1440": "severe" } },
      version: payrollBefore.version + 1,
      updatedAt: payrollAfter.updatedAt,
    });
    expect(after.find((f) => f.name === "Picking")).toEqual(before.find((f) => f.name === "Picking"));
    const written = await db.auditLog.findMany({ where: { orgId: org.orgId, createdAt: { gte: payrollAfter.updatedAt } }, orderBy: { createdAt: "asc" } });
    expect(written.map((a) => a.action).sort()).toEqual(["bia.imported", "function.updated"]);
    expect(written.find((a) => a.action === "bia.imported")?.after).toMatchObject({ rows: 2, added: 0, updated: 1, unchanged: 1 });
    expect(written.find((a) => a.action === "function.updated")?.after).toMatchObject({ rtoMinutes: 120 });
  });

  it("adds a function by name and updates another matched by name (any case), with its dependencies", async () => {
    const org = await setup();
    const text = "Function;Department;RTO;MTD;Financial @ 1 day;IT systems;Why the MTD differs from the suggestion\r\n  PICKING ;Warehouse;;;;ERP; \r\nDispatch;;;;Minor;erp;\r\n";
    const preview = await previewFunctionImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(text) });
    expect(preview).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    await importFunctions({ actor: org.actor, input: { planId: org.planId, fingerprint: preview.fingerprint }, file: csvFile(text) });
    const rows = await functionRows(org.planId);
    const picking = rows.find((f) => f.name === "Picking")!;
    expect(picking.systems).toEqual([{ name: "ERP" }]);
    expect(picking.dependenciesVersion).toBe(2);
    expect(rows.find((f) => f.name === "Dispatch")).toMatchObject({ impactGrid: { financial: { "1440": "minor" } }, systems: [{ name: "ERP" }] });
    // The column the file left out kept Payroll as it was.
    expect(rows.find((f) => f.name === "Payroll")).toMatchObject({ rtoMinutes: 240, costPerHour: 1200 });
  });

  it("reports unknown departments, ratings, dependencies and durations by row and column, and writes nothing", async () => {
    const org = await setup();
    const file = await exported(org);
    const payroll = file.row("Payroll");
    payroll[file.col("Department")] = "Finanse";
    payroll[file.col("Financial @ 1 h")] = "Awful";
    payroll[file.col("IT systems")] = "SQL01; SAP";
    payroll[file.col("RPO")] = "4";
    payroll[file.col("MTD")] = "2d";
    const before = await functionRows(org.planId);
    const audits = await auditCount(org.orgId);
    const error = await refused(previewFunctionImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(file.text()) }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("Nothing was imported: the file has 1 problem.");
    expect(Object.values(error.fieldErrors)).toContain("Row 2, column “Financial @ 1 h”: “Awful” is not a rating; write None, Minor, Moderate, Major, Severe, or leave it blank for not rated.");

    payroll[file.col("Financial @ 1 h")] = "";
    const rest = await refused(importFunctions({ actor: org.actor, input: { planId: org.planId, fingerprint: "0".repeat(64) }, file: csvFile(file.text()) }));
    expect(Object.entries(rest.fieldErrors).filter(([key]) => key.startsWith("import.")).map(([, m]) => m)).toEqual([
      "Row 2, column “Department”: no department is called “Finanse”. The organisation has Finance, Warehouse.",
      "Row 2, column “RPO”: write a duration like 90min, 4h, 1d or 2w.",
      "Row 2, column “Why the MTD differs from the suggestion”: say why the MTD differs from the suggested 1 day.",
      "Row 2, column “IT systems”: no IT system is called “SAP”. This plan has ERP, SQL01.",
    ]);
    expect(rest.fieldErrors.file).toBe("The file has 4 problems, listed below.");
    expect(await functionRows(org.planId)).toEqual(before);
    expect(await auditCount(org.orgId)).toBe(audits);
  });

  it("refuses a row whose function changed since the export, naming who changed it, and writes nothing", async () => {
    const org = await setup();
    const file = await exported(org);
    await updateFunction({ actor: org.actors.admin, input: { planId: org.planId, functionId: org.functionId, version: "2", name: "Payroll", impactGrid: { financial: { "1440": "severe" } }, mtdMinutes: "1d", rtoMinutes: "4h", costPerHour: "900" } });
    file.row("Payroll")[file.col("RTO")] = "2h";
    const before = await functionRows(org.planId);
    const error = await refused(previewFunctionImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(file.text()) }));
    expect(error.fieldErrors["import.0"]).toMatch(new RegExp(`^Row 2 \\(“Payroll”\\): ${org.actors.admin.name} changed this function on .+ UTC, after you exported it\\. Export the BIA again`));
    expect(await functionRows(org.planId)).toEqual(before);
  });

  it("refuses an import whose BIA changed since its preview", async () => {
    const org = await setup();
    const text = "Function,Cost per hour\r\nPicking,50\r\n";
    const preview = await previewFunctionImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(text) });
    await db.businessFunction.updateMany({ where: { planId: org.planId, name: "Picking" }, data: { description: "Changed", version: { increment: 1 } } });
    const error = await refused(importFunctions({ actor: org.actor, input: { planId: org.planId, fingerprint: preview.fingerprint }, file: csvFile(text) }));
    expect(error.code).toBe("CONFLICT");
    expect((await db.businessFunction.findFirstOrThrow({ where: { planId: org.planId, name: "Picking" } })).costPerHour).toBeNull();
  });

  it("refuses another organisation's function id and plan, an archived plan, and roles that may not edit", async () => {
    const mine = await setup("Mine");
    const theirs = await setup("Theirs");
    const file = await exported(theirs);
    const foreign = await refused(previewFunctionImport({ actor: mine.actor, input: { planId: mine.planId }, file: csvFile(file.text()) }));
    expect(foreign.fieldErrors["import.0"]).toBe(
      "Row 2, column “Continuity ID”: this plan has no function with this ID. It may have been deleted since the export, or the row comes from another plan; clear the ID to match the function by name.",
    );
    expect((await refused(previewFunctionImport({ actor: mine.actor, input: { planId: theirs.planId }, file: csvFile("Function\r\nX\r\n") }))).code).toBe("NOT_FOUND");
    expect((await refused(exportFunctions({ actor: mine.actors.auditor, input: { planId: theirs.planId } }))).code).toBe("NOT_FOUND");
    expect((await refused(previewFunctionImport({ actor: mine.actors.auditor, input: { planId: mine.planId }, file: csvFile("Function\r\nX\r\n") }))).code).toBe("FORBIDDEN");

    await archivePlan({ actor: mine.actors.admin, input: { planId: mine.planId } });
    const before = await functionRows(mine.planId);
    const archived = await failure(previewFunctionImport({ actor: mine.actor, input: { planId: mine.planId }, file: csvFile("Function\r\nNew one\r\n") }));
    expect(archived.message).toBe("An archived plan cannot be edited.");
    expect(await functionRows(mine.planId)).toEqual(before);
  });

  it("refuses a file that is not a CSV, and one naming a function twice", async () => {
    const org = await setup();
    expect((await failure(previewFunctionImport({ actor: org.actor, input: { planId: org.planId }, file: new File(["x"], "bia.xlsx") }))).fieldErrors?.file).toMatch(/^Choose a CSV file/);
    const twice = await refused(previewFunctionImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile("Function\r\nPayroll\r\npayroll\r\n") }));
    expect(twice.fieldErrors["import.0"]).toBe("Row 3, column “Function”: row 2 is “payroll” too; each function can be in the file once.");
  });
});
