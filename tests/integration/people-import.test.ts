import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPerson } from "@/lib/people/create-person";
import { updatePerson } from "@/lib/people/update-person";
import { exportPeople, peopleTemplate } from "@/lib/people/export-people";
import { importPeople, previewPeopleImport } from "@/lib/people/import-people";
import { failure, makeOrg, refused, type TestOrg } from "./factories";

const NOW = new Date("2026-12-04T09:30:00Z");
const HEADER = "Name,Job title,Department,E-mail,Work phone,Mobile phone,24/7 phone,Notes,Continuity ID,Continuity version";

const csvFile = (text: string, name = "people.csv") => new File([text], name, { type: "text/csv" });

/** An organisation with two departments and three people, as the People page would have them. */
async function withPeople(): Promise<TestOrg & { ids: Record<"alex" | "priya" | "tom", string> }> {
  const org = await makeOrg("People");
  const actor = org.actors.admin;
  const it = await db.department.create({ data: { orgId: org.orgId, name: "IT" } });
  const warehouse = await db.department.create({ data: { orgId: org.orgId, name: "Warehouse and logistics" } });
  const add = (input: Record<string, string>) => createPerson({ actor, input });
  const alex = await add({ name: "Alex Morgan", jobTitle: "IT Manager", departmentId: it.id, email: "alex.morgan@harbourlane.example", mobilePhone: "07700 900101", afterHoursPhone: "07700 900101" });
  const priya = await add({ name: "Priya Shah", jobTitle: "Operations Director", departmentId: warehouse.id, email: "priya.shah@harbourlane.example", workPhone: "+44 117 496 0102", notes: "Keyholder, Avonmouth" });
  const tom = await add({ name: "Tom Reed", jobTitle: "Warehouse Manager", departmentId: warehouse.id, email: "tom.reed@harbourlane.example" });
  return { ...org, ids: { alex: alex.id, priya: priya.id, tom: tom.id } };
}

/** Everything an import may write for the organisation, to show that a refused or empty one wrote nothing. */
async function writes(orgId: string) {
  return {
    people: await db.person.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    audit: await db.auditLog.count({ where: { orgId, action: { in: ["person.created", "person.updated", "people.imported"] } } }),
  };
}

/** The export with a cell changed, as a spreadsheet would: `from` and `to` are whole cells of one row. */
function edit(csv: string, row: string, from: string, to: string): string {
  const start = csv.indexOf(`\r\n${row},`) + 2;
  const end = csv.indexOf("\r\n", start);
  const line = csv.slice(start, end);
  expect(line).toContain(from);
  return `${csv.slice(0, start)}${line.replace(from, to)}${csv.slice(end)}`;
}

describe("exporting the People register", () => {
  it("writes every person by name order with department names, ids and versions, and audits the export", async () => {
    const { orgId, actors, ids } = await withPeople();
    const { filename, csv } = await exportPeople({ actor: actors.auditor, now: NOW });
    expect(filename).toBe("people-2026-12-04.csv");
    expect(csv.split("\r\n")).toEqual([
      `\uFEFF${HEADER}`,
      `Alex Morgan,IT Manager,IT,alex.morgan@harbourlane.example,,07700 900101,07700 900101,,${ids.alex},1`,
      `Priya Shah,Operations Director,Warehouse and logistics,priya.shah@harbourlane.example,'+44 117 496 0102,,,"Keyholder, Avonmouth",${ids.priya},1`,
      `Tom Reed,Warehouse Manager,Warehouse and logistics,tom.reed@harbourlane.example,,,,,${ids.tom},1`,
      "",
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "people.exported" } });
    expect(audit).toMatchObject({ actorId: actors.auditor.userId, entityType: "organization", entityId: orgId, planId: null, after: { rows: 3 } });
  });

  it("offers the template, the export with no rows, to the roles that may import, unaudited", async () => {
    const { orgId, actors } = await withPeople();
    expect(peopleTemplate({ actor: actors.committee })).toEqual({ filename: "people-template.csv", csv: `\uFEFF${HEADER}\r\n` });
    expect((await refused(Promise.resolve().then(() => peopleTemplate({ actor: actors.auditor })))).code).toBe("FORBIDDEN");
    expect(await db.auditLog.count({ where: { orgId, action: "people.exported" } })).toBe(0);
  });
});

describe("importing a CSV file into the People register", () => {
  it("previews without writing, then writes exactly what the preview said, and audits it", async () => {
    const { orgId, actors, ids } = await withPeople();
    const actor = actors.committee;
    const { csv } = await exportPeople({ actor });
    const file = () =>
      csvFile(
        edit(csv, "Tom Reed", "Warehouse Manager,Warehouse and logistics", "Head of Warehouse,warehouse AND logistics") +
          "  Nadia   Kowalski ,Cold store lead,Warehouse and logistics,nadia@harbourlane.example,,07700 900555,07700 900555,,,\r\n" +
          "Liam Foster,IT Support Engineer,IT,,0117 496 0105,,,,,\r\n",
      );
    const before = await writes(orgId);
    const preview = await previewPeopleImport({ actor, file: file() });
    expect(await writes(orgId)).toEqual(before);
    expect(preview).toMatchObject({ fileName: "people.csv", rows: 5, added: 2, updated: 1, unchanged: 2, skipped: 0, moreEntries: 0 });
    expect(preview.entries.map((e) => [e.row, e.name, e.kind, e.details])).toEqual([
      [4, "Tom Reed", "update", ["Job title: Warehouse Manager → Head of Warehouse"]],
      [5, "Nadia Kowalski", "add", ["Job title: Cold store lead", "Department: Warehouse and logistics", "E-mail: nadia@harbourlane.example", "Mobile phone: 07700 900555", "24/7 phone: 07700 900555"]],
      [6, "Liam Foster", "add", ["Job title: IT Support Engineer", "Department: IT", "Work phone: 0117 496 0105"]],
      [2, "Alex Morgan", "unchanged", []],
      [3, "Priya Shah", "unchanged", []],
    ]);

    const applied = await importPeople({ actor, input: { fingerprint: preview.fingerprint }, file: file() });
    expect(applied).toEqual(preview);
    const people = await db.person.findMany({ where: { orgId }, orderBy: { name: "asc" }, include: { department: true } });
    expect(people.map((p) => [p.name, p.jobTitle, p.department?.name ?? null, p.email, p.workPhone, p.mobilePhone, p.afterHoursPhone, p.version])).toEqual([
      ["Alex Morgan", "IT Manager", "IT", "alex.morgan@harbourlane.example", "", "07700 900101", "07700 900101", 1],
      ["Liam Foster", "IT Support Engineer", "IT", "", "0117 496 0105", "", "", 1],
      ["Nadia Kowalski", "Cold store lead", "Warehouse and logistics", "nadia@harbourlane.example", "", "07700 900555", "07700 900555", 1],
      ["Priya Shah", "Operations Director", "Warehouse and logistics", "priya.shah@harbourlane.example", "+44 117 496 0102", "", "", 1],
      ["Tom Reed", "Head of Warehouse", "Warehouse and logistics", "tom.reed@harbourlane.example", "", "", "", 2],
    ]);

    const imported = await db.auditLog.findMany({ where: { orgId, actorId: actor.userId, action: { in: ["person.created", "person.updated", "people.imported"] } } });
    expect(imported.filter((a) => a.action === "people.imported").map((a) => [a.entityType, a.entityId, a.after])).toEqual([
      ["organization", orgId, { fileName: "people.csv", rows: 5, added: 2, updated: 1, unchanged: 2, skipped: 0 }],
    ]);
    expect(imported.filter((a) => a.action === "person.updated")).toEqual([
      expect.objectContaining({ entityId: ids.tom, before: expect.objectContaining({ jobTitle: "Warehouse Manager" }), after: expect.objectContaining({ jobTitle: "Head of Warehouse" }) }),
    ]);
    expect(imported.filter((a) => a.action === "person.created").map((a) => (a.after as { name: string }).name).sort()).toEqual(["Liam Foster", "Nadia Kowalski"]);

    // A form opened on Tom before the import is told what the import changed, and by whom.
    const stale = await refused(updatePerson({ actor: actors.admin, input: { personId: ids.tom, version: 1, name: "Tom Reed", jobTitle: "Depot manager" } }));
    expect(stale.conflict).toMatchObject({ version: 2, by: actor.name, changes: expect.arrayContaining([{ field: "jobTitle", label: "Job title", from: "Warehouse Manager", to: "Head of Warehouse" }]) });
  });

  it("reads a fresh export back as all unchanged, and writes nothing", async () => {
    const { orgId, actors } = await withPeople();
    const { csv } = await exportPeople({ actor: actors.admin });
    const before = await writes(orgId);
    const preview = await previewPeopleImport({ actor: actors.admin, file: csvFile(csv) });
    expect(preview).toMatchObject({ rows: 3, added: 0, updated: 0, unchanged: 3, skipped: 0 });
    expect(await importPeople({ actor: actors.admin, input: { fingerprint: preview.fingerprint }, file: csvFile(csv) })).toEqual(preview);
    expect(await writes(orgId)).toEqual(before);
  });

  it("updates a person matched by e-mail, skips repeated rows and reads a semicolon file with a BOM, keeping leading zeros", async () => {
    const { orgId, actors, ids } = await withPeople();
    const text = "\uFEFFName;E-mail;Mobile phone\r\nTom Reed;TOM.REED@harbourlane.example;07700 900103\r\n;;\r\nTom Reed;TOM.REED@harbourlane.example;07700 900103\r\nGrace Bennett;;0117 496 0121\r\n";
    const result = await importPeople({ actor: actors.committee, input: {}, file: csvFile(text) });
    expect(result).toMatchObject({ rows: 3, added: 1, updated: 1, unchanged: 0, skipped: 1 });
    // Row 3 is blank, and ignored; row 4 repeats row 2.
    expect(result.entries.find((e) => e.kind === "skip")).toEqual({ row: 4, name: "Tom Reed", kind: "skip", details: ["Skipped: the same as row 2."] });
    const tom = await db.person.findUniqueOrThrow({ where: { id: ids.tom } });
    // Columns the file leaves out keep what the person held.
    expect(tom).toMatchObject({ email: "TOM.REED@harbourlane.example", mobilePhone: "07700 900103", jobTitle: "Warehouse Manager", version: 2 });
    expect(await db.person.findFirstOrThrow({ where: { orgId, name: "Grace Bennett" } })).toMatchObject({ mobilePhone: "0117 496 0121", email: "" });
  });

  it("refuses a row changed since the export, naming who changed it, and writes nothing", async () => {
    const { orgId, actors, ids } = await withPeople();
    const { csv } = await exportPeople({ actor: actors.committee });
    await updatePerson({ actor: actors.admin, input: { personId: ids.priya, version: 1, name: "Priya Shah", jobTitle: "Operations Director", email: "priya.shah@harbourlane.example", notes: "Moved to Avonmouth" } });
    const before = await writes(orgId);
    const file = csvFile(edit(csv, "Priya Shah", "Operations Director", "COO") + "Nadia Kowalski,,,,,,,,,\r\n");
    const error = await failure(previewPeopleImport({ actor: actors.committee, file }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("Nothing was imported: the file has 1 problem.");
    expect(error.fieldErrors).toEqual({
      file: "Fix the 1 problem listed and choose the file again.",
      "import.0": expect.stringMatching(
        new RegExp(`^Row 3 \\(“Priya Shah”\\): ${actors.admin.name} changed this person on \\d+ \\w+ \\d{4} at \\d\\d:\\d\\d UTC, after you exported the register\\. Export the register again`),
      ),
    });
    expect((await failure(importPeople({ actor: actors.committee, input: {}, file }))).fieldErrors).toEqual(error.fieldErrors);
    expect(await writes(orgId)).toEqual(before);
  });

  it("refuses another organisation's person ID, and writes nothing in either organisation", async () => {
    const mine = await withPeople();
    const theirs = await withPeople();
    const { csv } = await exportPeople({ actor: theirs.actors.admin });
    const before = [await writes(mine.orgId), await writes(theirs.orgId)];
    const error = await failure(importPeople({ actor: mine.actors.admin, input: {}, file: csvFile(edit(csv, "Tom Reed", "Warehouse Manager", "Sneaky")) }));
    expect(Object.values(error.fieldErrors ?? {}).filter((m) => m.startsWith("Row"))).toEqual([2, 3, 4].map((row) => expect.stringMatching(new RegExp(`^Row ${row}, column “Continuity ID”: the register has no person with this ID\\.`))));
    expect([await writes(mine.orgId), await writes(theirs.orgId)]).toEqual(before);
  });

  it("lists every problem by row and column, naming the departments there are", async () => {
    const { orgId, actors } = await withPeople();
    const before = await writes(orgId);
    const text = ["Name,Department,E-mail,Phone", " ,IT,,x", "Ann Lee,Marketing,ann@,x"].join("\r\n");
    const header = await failure(previewPeopleImport({ actor: actors.committee, file: csvFile(text) }));
    expect(Object.values(header.fieldErrors ?? {}).slice(1)).toEqual([expect.stringMatching(/^Column “Phone” is not a column of the People register/)]);
    const rows = await failure(previewPeopleImport({ actor: actors.committee, file: csvFile(["Name,Department,E-mail", " ,IT,", "Ann Lee,Marketing,ann@"].join("\r\n")) }));
    expect(rows.message).toBe("Nothing was imported: the file has 3 problems.");
    expect(Object.values(rows.fieldErrors ?? {}).slice(1)).toEqual([
      "Row 2, column “Name”: enter the person's name",
      "Row 3, column “E-mail”: enter an e-mail address like name@example.com",
      "Row 3, column “Department”: “Marketing” is not one of the organisation's departments (IT and Warehouse and logistics); use one of those, or add it in Settings first",
    ]);
    expect(await writes(orgId)).toEqual(before);
  });

  it("refuses a confirmation once the register has changed since its preview", async () => {
    const { orgId, actors } = await withPeople();
    const file = () => csvFile("Name,E-mail\r\nNadia Kowalski,nadia@harbourlane.example\r\n");
    const preview = await previewPeopleImport({ actor: actors.committee, file: file() });
    expect(preview).toMatchObject({ added: 1 });
    // Someone adds her on the People page meanwhile: the row would now update her, not add her.
    await createPerson({ actor: actors.admin, input: { name: "Nadia Kowalski", email: "nadia@harbourlane.example", jobTitle: "Cold store lead" } });
    const before = await writes(orgId);
    const error = await failure(importPeople({ actor: actors.committee, input: { fingerprint: preview.fingerprint }, file: file() }));
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^The People register changed since the preview/) });
    expect(await writes(orgId)).toEqual(before);
  });

  it("refuses files that are not CSV, and the roles that may not edit people", async () => {
    const { orgId, actors } = await withPeople();
    const before = await writes(orgId);
    const attempt = (file: unknown) => failure(previewPeopleImport({ actor: actors.committee, file }));
    expect((await attempt(new File(["x"], "people.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }))).fieldErrors).toEqual({
      file: "Choose a CSV file (.csv), for example one downloaded from this page.",
    });
    expect((await attempt(new File([], ""))).fieldErrors).toEqual({ file: "Choose a CSV file to import." });
    expect((await attempt(csvFile(`${HEADER}\r\n`))).fieldErrors).toEqual({ file: "The file has a header row but no people." });
    expect((await attempt(new File([new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0d, 0x0a, 0xff, 0xfe])], "people.csv", { type: "text/csv" }))).fieldErrors).toEqual({
      file: "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.",
    });
    for (const actor of [actors.executive, actors.auditor]) {
      expect((await failure(previewPeopleImport({ actor, file: csvFile("Name\r\nEve\r\n") }))).code).toBe("FORBIDDEN");
      expect((await failure(importPeople({ actor, input: {}, file: csvFile("Name\r\nEve\r\n") }))).code).toBe("FORBIDDEN");
    }
    expect(await writes(orgId)).toEqual(before);
  });
});
