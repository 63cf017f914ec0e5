import { describe, expect, it } from "vitest";
import { readPeopleCsv } from "@/lib/people/people-csv";
import { planPeopleImport, type StoredPerson, type Writer } from "@/lib/people/plan-people-import";

const departments = [
  { id: "d-it", name: "IT" },
  { id: "d-wh", name: "Warehouse and logistics" },
];
const person = (id: string, fields: Partial<StoredPerson>): StoredPerson => ({
  id,
  version: 1,
  name: "",
  jobTitle: "",
  departmentId: null,
  email: "",
  workPhone: "",
  mobilePhone: "",
  afterHoursPhone: "",
  notes: "",
  ...fields,
});
const alex = person("c-alex", { name: "Alex Morgan", jobTitle: "IT Manager", departmentId: "d-it", email: "alex.morgan@harbourlane.example", mobilePhone: "07700 900101", version: 4 });
const tom = person("c-tom", { name: "Tom Reed", jobTitle: "Warehouse Manager", departmentId: "d-wh", email: "tom.reed@harbourlane.example" });
const sam = person("c-sam", { name: "Sam  Patel", jobTitle: "Driver" });
const people = [alex, tom, sam];

function plan(lines: string[], options: { people?: StoredPerson[]; writers?: Map<string, Writer>; depts?: typeof departments } = {}) {
  const read = readPeopleCsv(lines.join("\r\n"));
  if (!read.ok) throw new Error(`The file did not read: ${read.problems.join(" | ")}`);
  return planPeopleImport({ read, people: options.people ?? people, departments: options.depts ?? departments, writers: options.writers ?? new Map() });
}

function entries(lines: string[], options?: Parameters<typeof plan>[1]) {
  const result = plan(lines, options);
  if (!result.ok) throw new Error(`Expected a plan, got: ${result.problems.join(" | ")}`);
  return result.entries;
}

function problems(lines: string[], options?: Parameters<typeof plan>[1]) {
  const result = plan(lines, options);
  if (result.ok) throw new Error("Expected the import to be refused.");
  return result.problems;
}

const HEADER = "Name,Job title,Department,E-mail,Mobile phone,Continuity ID,Continuity version";

describe("planning an import of the People register", () => {
  it("updates by ID, leaves a row that holds what the person holds, and adds rows without one", () => {
    const planned = entries([
      HEADER,
      "Alex Morgan,Head of IT,it,alex.morgan@harbourlane.example,07700 900101,c-alex,4",
      "Tom Reed,Warehouse Manager,Warehouse and logistics,tom.reed@harbourlane.example,,c-tom,1",
      "Nadia Kowalski,Cold store lead,,nadia@harbourlane.example,07700 900555,,",
    ]);
    const alexData = { name: "Alex Morgan", jobTitle: "Head of IT", departmentId: "d-it", email: "alex.morgan@harbourlane.example", workPhone: "", mobilePhone: "07700 900101", afterHoursPhone: "", notes: "" };
    expect(planned).toEqual([
      { row: 2, kind: "update", person: alex, data: alexData, changes: [{ label: "Job title", from: "IT Manager", to: "Head of IT" }] },
      { row: 3, kind: "unchanged", person: tom },
      {
        row: 4,
        kind: "add",
        data: { name: "Nadia Kowalski", jobTitle: "Cold store lead", departmentId: null, email: "nadia@harbourlane.example", workPhone: "", mobilePhone: "07700 900555", afterHoursPhone: "", notes: "" },
        note: null,
      },
    ]);
  });

  it("matches a row without an ID by e-mail in any letter case, and leaves the fields of columns the file does not have", () => {
    const [entry] = entries(["Name,E-mail,Mobile phone", "Tom Reed,TOM.REED@harbourlane.example,07700 900103"]);
    expect(entry).toMatchObject({
      kind: "update",
      person: { id: "c-tom" },
      data: { name: "Tom Reed", jobTitle: "Warehouse Manager", departmentId: "d-wh", email: "TOM.REED@harbourlane.example", mobilePhone: "07700 900103" },
    });
    expect(entry.kind === "update" && entry.changes).toEqual([
      { label: "E-mail", from: "tom.reed@harbourlane.example", to: "TOM.REED@harbourlane.example" },
      { label: "Mobile phone", from: "", to: "07700 900103" },
    ]);
  });

  it("names departments by name, and clears one for an empty cell", () => {
    const [entry] = entries(["Name,Department,Continuity ID,Continuity version", "Alex Morgan,,c-alex,4"]);
    expect(entry).toMatchObject({ kind: "update", data: { departmentId: null }, changes: [{ label: "Department", from: "IT", to: "" }] });
  });

  it("does not count a name stored with double spaces as a change", () => {
    expect(entries(["Name,Job title,Continuity ID,Continuity version", "Sam Patel,Driver,c-sam,1"])).toEqual([{ row: 2, kind: "unchanged", person: sam }]);
  });

  it("skips a row identical to an earlier row, or one that would add a person the register already has, saying why", () => {
    const planned = entries(["Name,Job title,E-mail", "Ann Lee,Driver,", "Ann Lee,Driver,", "Sam Patel,Driver,", "Tom Reed,Warehouse Manager,tom.reed@harbourlane.example", "Tom Reed,Warehouse Manager,tom.reed@harbourlane.example"]);
    expect(planned.map((e) => [e.row, e.kind, e.kind === "skip" ? e.reason : null])).toEqual([
      [2, "add", null],
      [3, "skip", "the same as row 2"],
      [4, "skip", "already in the register, with the same details"],
      [5, "unchanged", null],
      [6, "skip", "the same as row 5"],
    ]);
  });

  it("adds someone with another's name, noting the namesake", () => {
    const [entry] = entries(["Name,E-mail", "Tom Reed,tom.reed@depot.example"]);
    expect(entry).toMatchObject({ kind: "add", note: "The register already has a person called “Tom Reed” (tom.reed@harbourlane.example): check this is someone else." });
  });

  it("refuses a row changed since the export, saying who changed it and when", () => {
    const writers = new Map([["c-alex", { by: "Priya Shah", at: new Date("2026-12-03T14:02:00Z") }]]);
    expect(problems([HEADER, "Alex Morgan,Head of IT,IT,alex.morgan@harbourlane.example,,c-alex,3"], { writers })).toEqual([
      "Row 2 (“Alex Morgan”): Priya Shah changed this person on 3 Dec 2026 at 14:02 UTC, after you exported the register. Export the register again and make your change in the new file.",
    ]);
    // Without an audited write, it only says the person changed.
    expect(problems([HEADER, "Alex Morgan,Head of IT,IT,,,c-alex,2"])).toEqual([
      "Row 2 (“Alex Morgan”): this person was changed since you exported the register. Export the register again and make your change in the new file.",
    ]);
  });

  it("reports every problem of the file against the register in one round", () => {
    expect(
      problems([
        HEADER,
        "Ann Lee,,Marketing,,,,",
        "Bo Chen,,,,,c-elsewhere,1",
        "Tom Reed,Boss,,,,c-tom,1",
        "Tom Reed,Manager,,,,c-tom,1",
        "Sam Patel,Mechanic,,,,,",
        "Cy Diaz,,,cy@example.test,,,",
        "Cy Diaz,Driver,,cy@example.test,,,",
        "Alex Morgan,,,tom.reed@harbourlane.example,,c-alex,4",
      ]),
    ).toEqual([
      "Row 2, column “Department”: “Marketing” is not one of the organisation's departments (IT and Warehouse and logistics); use one of those, or add it in Settings first",
      "Row 3, column “Continuity ID”: the register has no person with this ID. They may have been deleted since the export, or the row comes from another organisation's file; clear the ID to add the row as a new person.",
      "Row 5: row 4 also updates “Tom Reed”, with other values; keep one row for each person.",
      "Row 6, column “Name”: “Sam Patel” is already in the register with no e-mail; to change their details, edit their row in an export of the register.",
      "Row 8, column “Name”: row 7 has this name and this e-mail too; list each person once.",
    ]);
  });

  it("refuses an update that would give someone another person's name and e-mail, and an e-mail two people share", () => {
    expect(problems(["Name,E-mail,Continuity ID,Continuity version", "Tom Reed,tom.reed@harbourlane.example,c-alex,4"])).toEqual([
      "Row 2, column “Name”: “Tom Reed” in the register has this name and this e-mail; each person is in the register once.",
    ]);
    const twins = [...people, person("c-tom2", { name: "Thomas Reed", email: "Tom.Reed@harbourlane.example" })];
    expect(problems(["Name,E-mail", "Tom Reed,tom.reed@harbourlane.example"], { people: twins })).toEqual([
      "Row 2, column “E-mail”: “Tom Reed” and “Thomas Reed” both have this e-mail in the register, so the row could update any of them; export the register and edit their row instead.",
    ]);
  });

  it("tells the problems of the cells and of the register together, in the file's order", () => {
    expect(problems(["Name,Department,E-mail,Continuity ID,Continuity version", "Ann Lee,Marketing,ann@,,", " ,IT,,c-gone,1", "Bo Chen,IT,,,"])).toEqual([
      "Row 2, column “E-mail”: enter an e-mail address like name@example.com",
      "Row 2, column “Department”: “Marketing” is not one of the organisation's departments (IT and Warehouse and logistics); use one of those, or add it in Settings first",
      "Row 3, column “Name”: enter the person's name",
      "Row 3, column “Continuity ID”: the register has no person with this ID. They may have been deleted since the export, or the row comes from another organisation's file; clear the ID to add the row as a new person.",
    ]);
  });

  it("says when the organisation has no departments at all", () => {
    expect(problems(["Name,Department", "Ann Lee,IT"], { depts: [] })).toEqual([
      "Row 2, column “Department”: the organisation has no departments yet, so “IT” cannot be one; leave it empty, or add the department in Settings first",
    ]);
  });
});
