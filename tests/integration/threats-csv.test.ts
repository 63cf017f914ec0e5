import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { createPerson } from "@/lib/people/create-person";
import { createThreat } from "@/lib/risks/create-threat";
import { updateThreat } from "@/lib/risks/update-threat";
import { createScenario } from "@/lib/risks/create-scenario";
import { exportThreats } from "@/lib/risks/export-threats";
import { importThreats, previewThreatImport } from "@/lib/risks/import-threats";
import { readCsvTable } from "@/lib/csv/read-csv";
import { writeCsv } from "@/lib/csv/write-csv";
import { failure, makeOrg, refused, type TestOrg } from "./factories";

const csvFile = (text: string, name = "threats.csv") => new File([text], name, { type: "text/csv" });

async function setup(label = "ThreatsCsv") {
  const org = await makeOrg(label);
  const actor = org.actors.committee;
  const planId = (await createPlan({ actor, input: { name: "Bristol" } })).id;
  const owen = await createPerson({ actor, input: { name: "Owen Hughes", email: "owen@example.test" } });
  const sam = await createPerson({ actor, input: { name: "Sam Lee", email: "sam.lee@example.test" } });
  // Two people of one name: the export tells them apart by e-mail.
  await createPerson({ actor, input: { name: "Kit Lowe", email: "kit.one@example.test" } });
  await createPerson({ actor, input: { name: "Kit Lowe", email: "kit.two@example.test" } });
  const flood = await createThreat({
    actor,
    input: {
      planId,
      category: "natural",
      title: "Flood",
      description: "Tidal surge;\nthe ground floor floods.",
      likelihood: "2",
      impact: "5",
      existingControls: "=SUM(A1:A2)",
      mitigation: "Move the servers upstairs.",
      ownerId: owen.id,
      residualLikelihood: "2",
      residualImpact: "3",
    },
  });
  const power = await createThreat({ actor, input: { planId, category: "technical", title: "Power cut", likelihood: "3", impact: "4" } });
  await createScenario({ actor, input: { planId, key: "site-loss", name: "Site loss", kind: "system", threatIds: [flood.id, power.id] } });
  return { ...org, actor, planId, floodId: flood.id, powerId: power.id, owenId: owen.id, samId: sam.id };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** The export as a table, to edit cells by column name and write back as a spreadsheet would. */
async function exported(org: TestOrg & { planId: string }) {
  const { csv, filename } = await exportThreats({ actor: org.actors.auditor, input: { planId: org.planId }, now: new Date("2026-12-05T10:00:00Z") });
  const { header, records } = readCsvTable(csv);
  const rows = records.map((r) => r.cells);
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(`No column ${name}`);
    return index;
  };
  const row = (title: string) => rows.find((r) => r[col("Threat")] === title)!;
  const text = () => writeCsv([header, ...rows]);
  return { csv, filename, header, rows, col, row, text };
}

const threatRows = (planId: string) =>
  db.threat.findMany({ where: { planId }, orderBy: { title: "asc" }, select: { title: true, category: true, likelihood: true, impact: true, residualLikelihood: true, residualImpact: true, ownerId: true, version: true } });
const auditCount = (orgId: string) => db.auditLog.count({ where: { orgId } });

/** Previews a file and imports it with the preview's fingerprint. */
async function previewAndImport(org: Setup, text: string, actor = org.actor) {
  const preview = await previewThreatImport({ actor, input: { planId: org.planId }, file: csvFile(text) });
  const result = await importThreats({ actor, input: { planId: org.planId, fingerprint: preview.fingerprint }, file: csvFile(text) });
  return { preview, result };
}

describe("threat register export", () => {
  it("writes one row per threat in the form's words, owners and scenarios by name, formulas neutralised, with the round trip's columns, and is audited", async () => {
    const org = await setup();
    const file = await exported(org);
    expect(file.csv.startsWith("\uFEFF")).toBe(true);
    expect(file.filename).toBe("bristol-threats-2026-12-05.csv");
    expect(file.rows.map((r) => r[file.col("Threat")])).toEqual(["Flood", "Power cut"]);
    const flood = file.row("Flood");
    expect(Object.fromEntries(file.header.map((h, i) => [h, flood[i]]))).toEqual({
      Threat: "Flood",
      Category: "Natural",
      Description: "Tidal surge;\nthe ground floor floods.",
      Likelihood: "2 – Unlikely",
      Impact: "5 – Severe",
      "Existing controls": "'=SUM(A1:A2)",
      Mitigation: "Move the servers upstairs.",
      Owner: "Owen Hughes",
      "Residual likelihood": "2 – Unlikely",
      "Residual impact": "3 – Moderate",
      "Linked scenarios": "Site loss",
      "Continuity ID": org.floodId,
      "Continuity version": "1",
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "threats.exported" } });
    expect(audit).toMatchObject({ entityType: "plan", entityId: org.planId, planId: org.planId, after: { rows: 2 } });

    const template = await exportThreats({ actor: org.actors.auditor, input: { planId: org.planId, template: true } });
    expect(readCsvTable(template.csv)).toEqual({ header: file.header, records: [] });
    expect(template.filename).toBe("bristol-threats-template.csv");
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "threats.exported" } })).toBe(1);
  });

  it("is for every role that reads the plan, and another organisation's plan is not found", async () => {
    const org = await setup();
    for (const role of ["admin", "committee", "executive", "auditor"] as const) {
      expect((await exportThreats({ actor: org.actors[role], input: { planId: org.planId } })).csv).toContain("Power cut");
    }
    const other = await makeOrg("Other");
    expect((await failure(exportThreats({ actor: other.actors.admin, input: { planId: org.planId } }))).code).toBe("NOT_FOUND");
  });
});

describe("threat register import", () => {
  it("takes its own export back as all unchanged, writing nothing", async () => {
    const org = await setup();
    const file = await exported(org);
    const before = { threats: await threatRows(org.planId), audits: await auditCount(org.orgId) };
    const { preview, result } = await previewAndImport(org, file.csv);
    expect(preview).toMatchObject({ fileName: "threats.csv", rows: 2, added: 0, updated: 0, unchanged: 2, changes: [], notes: [] });
    expect(result).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await threatRows(org.planId)).toEqual(before.threats);
    expect(await auditCount(org.orgId)).toBe(before.audits);
  });

  it("previews edits in the form's words and applies exactly them, with the threats' own audit rows and one for the import", async () => {
    const org = await setup();
    const file = await exported(org);
    const flood = file.row("Flood");
    flood[file.col("Likelihood")] = "4";
    flood[file.col("Owner")] = "SAM.LEE@example.test";
    flood[file.col("Residual impact")] = "Minor";
    // Renamed by its ID.
    file.row("Power cut")[file.col("Threat")] = "Extended power cut";
    const blank = file.header.map(() => "");
    const theft = [...blank];
    theft[file.col("Threat")] = "Theft of laptops";
    theft[file.col("Category")] = "human";
    theft[file.col("Likelihood")] = "3 – Possible";
    theft[file.col("Impact")] = "2";
    theft[file.col("Owner")] = "Kit Lowe <kit.two@example.test>";
    file.rows.push(theft);

    const preview = await previewThreatImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(file.text()) });
    expect(preview).toMatchObject({ rows: 3, added: 1, updated: 2, unchanged: 0, moreChanges: 0, notes: [] });
    expect(preview.changes).toEqual([
      {
        row: 2,
        name: "Flood",
        kind: "update",
        changes: [
          { label: "Likelihood", from: "2", to: "4" },
          { label: "Owner", from: "Owen Hughes", to: "Sam Lee" },
          { label: "Residual impact", from: "3", to: "2" },
        ],
      },
      { row: 3, name: "Extended power cut", kind: "update", changes: [{ label: "Threat", from: "Power cut", to: "Extended power cut" }] },
      {
        row: 4,
        name: "Theft of laptops",
        kind: "add",
        changes: [
          { label: "Category", from: "—", to: "Human" },
          { label: "Threat", from: "—", to: "Theft of laptops" },
          { label: "Likelihood", from: "—", to: "3" },
          { label: "Impact", from: "—", to: "2" },
          { label: "Owner", from: "—", to: "Kit Lowe" },
        ],
      },
    ]);
    // A preview writes nothing.
    expect(await db.threat.count({ where: { planId: org.planId } })).toBe(2);

    const audits = await auditCount(org.orgId);
    expect(await importThreats({ actor: org.actor, input: { planId: org.planId, fingerprint: preview.fingerprint }, file: csvFile(file.text(), "edited.csv") })).toEqual({
      added: 1,
      updated: 2,
      unchanged: 0,
    });
    const kitTwo = await db.person.findFirstOrThrow({ where: { orgId: org.orgId, email: "kit.two@example.test" } });
    expect(await threatRows(org.planId)).toEqual([
      { title: "Extended power cut", category: "technical", likelihood: 3, impact: 4, residualLikelihood: null, residualImpact: null, ownerId: null, version: 2 },
      { title: "Flood", category: "natural", likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 2, ownerId: org.samId, version: 2 },
      { title: "Theft of laptops", category: "human", likelihood: 3, impact: 2, residualLikelihood: null, residualImpact: null, ownerId: kitTwo.id, version: 1 },
    ]);
    // The description's line break and the neutralised formula came back as they were.
    expect(await db.threat.findUniqueOrThrow({ where: { id: org.floodId } })).toMatchObject({ description: "Tidal surge;\nthe ground floor floods.", existingControls: "=SUM(A1:A2)" });
    expect(await auditCount(org.orgId)).toBe(audits + 4);
    const floodAudit = await db.auditLog.findFirstOrThrow({ where: { entityId: org.floodId, action: "threat.updated" } });
    expect([floodAudit.before, floodAudit.after]).toMatchObject([{ likelihood: 2, ownerId: org.owenId }, { likelihood: 4, ownerId: org.samId }]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "threat.created", entityType: "threat" } })).toBe(3);
    expect((await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "threats.imported" } })).after).toEqual({ file: "edited.csv", rows: 3, added: 1, updated: 2, unchanged: 0 });
  });

  it("matches rows without IDs by name, updates only the columns the file has, and says what it does not import", async () => {
    const org = await setup();
    const text = ["threat,MITIGATION,linked scenarios", "flood,Move the servers to the first floor.,Site loss", "Power cut,,Site loss; Cloud region loss"].join("\n");
    const { preview, result } = await previewAndImport(org, text);
    expect(preview.changes).toEqual([{ row: 2, name: "Flood", kind: "update", changes: [{ label: "Mitigation", from: "Move the servers upstairs.", to: "Move the servers to the first floor." }] }]);
    expect(preview.notes).toEqual([
      "Row 3 (“Power cut”): the column “Linked scenarios” is not imported; link scenarios to a threat on each scenario's page (“Caused by threats”).",
    ]);
    expect(result).toEqual({ added: 0, updated: 1, unchanged: 1 });
    // Matched by name, a threat keeps its own spelling; the fields the file leaves out stay as they were.
    expect(await db.threat.findUniqueOrThrow({ where: { id: org.floodId } })).toMatchObject({ title: "Flood", likelihood: 2, ownerId: org.owenId, mitigation: "Move the servers to the first floor." });
    const site = await db.scenario.findFirstOrThrow({ where: { planId: org.planId }, include: { threats: { select: { title: true }, orderBy: { title: "asc" } } } });
    expect(site.threats.map((t) => t.title)).toEqual(["Flood", "Power cut"]);
  });

  it("refuses a file with bad rows whole, each problem by row and column, and writes nothing", async () => {
    const org = await setup();
    const rows = [
      "Threat,Category,Likelihood,Impact,Owner,Residual likelihood,Residual impact",
      "Fire,Technical,7,3,,,",
      "Theft,Cyber,2,Major,Nobody Known,,",
      "Flood,Natural,2,5,Kit Lowe,4,4",
      ",Human,3,3,,,",
      "Storm,Natural,1,1,,2,",
    ];
    const before = { threats: await threatRows(org.planId), audits: await auditCount(org.orgId) };
    const error = await refused(previewThreatImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(rows.join("\n")) }));
    expect(error).toMatchObject({ code: "VALIDATION", message: "Nothing was imported: the file has 7 problems." });
    expect(error.fieldErrors.file).toBe("The file has 7 problems, listed below.");
    const listed = Object.entries(error.fieldErrors).filter(([key]) => key.startsWith("import.")).map(([, text]) => text);
    expect(listed).toEqual([
      "Row 2, column “Likelihood”: “7” is not a rating from 1 to 5: write 1 – Rare, 2 – Unlikely, 3 – Possible, 4 – Likely, 5 – Almost certain.",
      "Row 3, column “Category”: “Cyber” is not a category: write Natural, Technical or Human.",
      "Row 3, column “Owner”: no person is called “Nobody Known”. The People register has Kit Lowe <kit.one@example.test>, Kit Lowe <kit.two@example.test>, Owen Hughes, Sam Lee.",
      "Row 4, column “Owner”: “Kit Lowe” names 2 people; write it as “Kit Lowe <kit.one@example.test>”, “Kit Lowe <kit.two@example.test>”.",
      expect.stringMatching(/^Row 4, column “Residual impact”: the residual score \(likelihood × impact\) cannot be above the inherent score/),
      "Row 5, column “Threat”: name the threat.",
      "Row 6, column “Residual impact”: rate both residual likelihood and residual impact, or neither.",
    ]);
    expect(await threatRows(org.planId)).toEqual(before.threats);
    expect(await auditCount(org.orgId)).toBe(before.audits);
  });

  it("refuses a row changed since the export, naming who changed it, and an import whose register changed since its preview", async () => {
    const org = await setup();
    const file = await exported(org);
    file.row("Flood")[file.col("Impact")] = "4";
    await updateThreat({ actor: org.actors.admin, input: { planId: org.planId, threatId: org.floodId, version: 1, category: "natural", title: "Flood", likelihood: "3", impact: "5" } });
    const stale = await refused(previewThreatImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(file.text()) }));
    expect(stale.fieldErrors["import.0"]).toMatch(
      new RegExp(`^Row 2 \\(“Flood”\\): ${org.actors.admin.name} changed this threat on \\d+ \\w+ \\d{4} at \\d\\d:\\d\\d UTC, after you exported it\\. Export the threat register again and make your change in the new file\\.$`),
    );

    // Previewed, then the register changes: the import refuses and writes nothing.
    const text = "Threat,Mitigation\nPower cut,Hire a generator.\n";
    const preview = await previewThreatImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(text) });
    expect(preview.updated).toBe(1);
    await updateThreat({ actor: org.actors.admin, input: { planId: org.planId, threatId: org.powerId, version: 1, category: "technical", title: "Power cut", likelihood: "3", impact: "4", mitigation: "UPS." } });
    const before = { threats: await threatRows(org.planId), audits: await auditCount(org.orgId) };
    const changed = await refused(importThreats({ actor: org.actor, input: { planId: org.planId, fingerprint: preview.fingerprint }, file: csvFile(text) }));
    expect(changed).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("the threat register changed since the preview") });
    expect(await threatRows(org.planId)).toEqual(before.threats);
    expect(await auditCount(org.orgId)).toBe(before.audits);
  });

  it("refuses another organisation: its members see no plan, and its threats' IDs are unknown here", async () => {
    const org = await setup();
    const other = await setup("Other");
    const text = "Threat,Likelihood,Impact\nTheft,2,2\n";
    for (const role of ["admin", "committee"] as const) {
      expect((await failure(previewThreatImport({ actor: other.actors[role], input: { planId: org.planId }, file: csvFile(text) }))).code).toBe("NOT_FOUND");
    }
    const theirs = `Threat,Likelihood,Impact,Continuity ID,Continuity version\nFlood,2,5,${other.floodId},1\n`;
    const error = await refused(previewThreatImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(theirs) }));
    expect(error.fieldErrors["import.0"]).toBe(
      "Row 2, column “Continuity ID”: this plan has no threat with this ID. It may have been deleted since the export, or the row comes from another plan; clear the ID to match the threat by name.",
    );
    // Nor can a row name another organisation's person as owner: only this organisation's People register is searched.
    await createPerson({ actor: other.actor, input: { name: "Zed Stranger", email: "zed@other.test" } });
    for (const owner of ["Zed Stranger", "zed@other.test"]) {
      const foreign = await refused(previewThreatImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(`Threat,Likelihood,Impact,Owner\nTheft,2,2,${owner}\n`) }));
      expect(foreign.fieldErrors["import.0"]).toMatch(new RegExp(`^Row 2, column “Owner”: no person is called “${owner}”\\.`));
    }
    expect(await db.threat.count({ where: { planId: org.planId } })).toBe(2);
    expect(await db.threat.count({ where: { planId: other.planId } })).toBe(2);
  });

  it("is for those who edit the plan, and not for an archived plan", async () => {
    const org = await setup();
    const text = "Threat,Likelihood,Impact\nTheft,2,2\n";
    for (const role of ["executive", "auditor"] as const) {
      expect((await failure(previewThreatImport({ actor: org.actors[role], input: { planId: org.planId }, file: csvFile(text) }))).code).toBe("FORBIDDEN");
      expect((await failure(importThreats({ actor: org.actors[role], input: { planId: org.planId, fingerprint: "0".repeat(64) }, file: csvFile(text) }))).code).toBe("FORBIDDEN");
    }
    await archivePlan({ actor: org.actor, input: { planId: org.planId } });
    expect(await failure(previewThreatImport({ actor: org.actor, input: { planId: org.planId }, file: csvFile(text) }))).toMatchObject({ code: "CONFLICT", message: "An archived plan cannot be edited." });
    expect(await db.threat.count({ where: { planId: org.planId } })).toBe(2);
  });
});
