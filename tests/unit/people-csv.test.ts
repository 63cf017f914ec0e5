import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS, peopleToCsv, readPeopleCsv, type ExportedPerson } from "@/lib/people/people-csv";

const HEADER = "Name,Job title,Department,E-mail,Work phone,Mobile phone,24/7 phone,Notes,Continuity ID,Continuity version";

const priya: ExportedPerson = {
  id: "cm1a2b3c4d5e6f7g8h9i0j1k2",
  version: 3,
  name: "Priya Shah",
  jobTitle: "Operations Director",
  department: "Warehouse and logistics",
  email: "priya.shah@harbourlane.example",
  workPhone: "0117 496 0102",
  mobilePhone: "+44 7700 900102",
  afterHoursPhone: "0117 496 0872",
  notes: 'Keyholder, "Depot"\nand alarm contact',
};
const tom: ExportedPerson = { ...priya, id: "cm9z8y7x6w5v4u3t2s1r0q9p8", version: 1, name: "Tom Reed", jobTitle: "", department: "", email: "", workPhone: "", mobilePhone: "", afterHoursPhone: "", notes: "=HYPERLINK(\"x\")" };

function read(text: string) {
  const result = readPeopleCsv(text);
  if (!result.ok || result.problems.length > 0) throw new Error(`Expected the file to be read, got: ${JSON.stringify(result.problems)}`);
  return result.rows;
}

/** The file's problems: its own, or its rows' (each by row and column). */
function problems(text: string) {
  const result = readPeopleCsv(text);
  return result.ok ? result.problems.map((p) => p.message) : result.problems;
}

describe("writing the People register as CSV", () => {
  it("writes the form's words as headers, the department by name, and each person's ID and version last, guarding formulas", () => {
    const lines = peopleToCsv([priya, tom]).split("\r\n");
    expect(lines[0]).toBe(HEADER);
    // A number starting with + would run as a formula in a spreadsheet: guarded with a quote. Leading zeros stay, as text.
    expect(lines[1]).toBe(
      `Priya Shah,Operations Director,Warehouse and logistics,priya.shah@harbourlane.example,0117 496 0102,'+44 7700 900102,0117 496 0872,"Keyholder, ""Depot""\nand alarm contact",cm1a2b3c4d5e6f7g8h9i0j1k2,3`,
    );
    expect(lines[2]).toBe(`Tom Reed,,,,,,,"'=HYPERLINK(""x"")",cm9z8y7x6w5v4u3t2s1r0q9p8,1`);
  });

  it("writes the header alone as the template", () => {
    expect(peopleToCsv([])).toBe(`${HEADER}\r\n`);
  });

  it("reads back exactly what it wrote", () => {
    const rows = read(`\uFEFF${peopleToCsv([priya, tom])}`);
    const { id, version, ...values } = priya;
    expect(rows[0]).toEqual({ row: 2, values, ref: { id, version }, valid: true });
    expect(rows[1]).toMatchObject({ values: { name: "Tom Reed", notes: '=HYPERLINK("x")', mobilePhone: "" }, ref: { id: tom.id, version: 1 } });
    // The note's line break is inside one cell: Tom's row is the spreadsheet's row 3, though line 4 of the file.
    expect(rows[1].row).toBe(3);
  });
});

describe("reading a CSV file of people", () => {
  it("reads semicolons, CRLF, quoted fields and headings in any letter case or spelling", () => {
    const rows = read('\uFEFFNAME;job_title;Email;mobile phone\r\n"Kowalski; Nadia";"Head of ""Cold"" Store";nadia@example.test;07700 900999\r\n');
    expect(rows).toEqual([{ row: 2, values: { name: "Kowalski; Nadia", jobTitle: 'Head of "Cold" Store', email: "nadia@example.test", mobilePhone: "07700 900999" }, ref: null, valid: true }]);
  });

  it("normalises names, keeps phone numbers as typed and only the columns the file has", () => {
    const [row] = read("Name,Work phone,Department\r\n  Nadia   Kowalski ,  0117 496 0101 ext. 12 , Cold   store \r\n");
    expect(row.values).toEqual({ name: "Nadia Kowalski", workPhone: "0117 496 0101 ext. 12", department: "Cold store" });
    expect(row.values).not.toHaveProperty("email");
  });

  it("ignores completely blank rows and numbers rows as a spreadsheet does", () => {
    const rows = read(["Name,E-mail,Notes", "Ann Lee,,", ",,", "", "  ,  ,", 'Bo Chen,,"two', 'lines"', "Cy Diaz,,"].join("\r\n"));
    expect(rows.map((r) => [r.row, r.values.name])).toEqual([
      [2, "Ann Lee"],
      [6, "Bo Chen"],
      [7, "Cy Diaz"],
    ]);
  });

  it("reports every problem of the header at once, naming the columns it knows", () => {
    expect(problems("Job title,Mobile,Job Title,Continuity ID\r\nX,1,Y,\r\n")).toEqual([
      "Column “Mobile” is not a column of the People register: the columns are Name, Job title, Department, E-mail, Work phone, Mobile phone, 24/7 phone and Notes (and Continuity ID and Continuity version, as an export writes them).",
      "Column “Job title” appears more than once.",
      "Column “Name” is missing: every person needs a name.",
      "Column “Continuity version” is missing: it goes with “Continuity ID”. Keep both columns as exported, or delete both.",
    ]);
  });

  it("ignores a column with no heading and nothing in it, and refuses one with values", () => {
    expect(read("Name,,\r\nAnn Lee,,\r\n")).toHaveLength(1);
    expect(problems("Name,,\r\nAnn Lee,,x\r\n")).toEqual([expect.stringMatching(/^Column 3 has values but no heading: name it one of Name, /)]);
  });

  it("reports every problem of every row by row and column, in one round, keeping the rows to check against the register", () => {
    const file = [
      "Name,E-mail,24/7 phone,Continuity ID,Continuity version",
      "Ann Lee,ann@example.test,07700 900001,,",
      "   ,not-an-address,call reception,,",
      "Bo Chen,bo@example.test,07700 900002,abc def,2",
      "Cy Diaz,,,cm1a2b3c4d5e6f7g8h9i0j1k2,v2",
      "Di Evans,di@example.test",
    ].join("\r\n");
    expect(problems(file)).toEqual([
      "Row 3, column “Name”: enter the person's name",
      "Row 3, column “E-mail”: enter an e-mail address like name@example.com",
      "Row 3, column “24/7 phone”: enter a phone number of at least six digits, written with digits, spaces and + - ( ) ., and an optional extension (like 0117 496 0101 ext. 204)",
      "Row 4, column “Continuity ID”: this is not an ID an export wrote; clear it to add the row as a new person",
      "Row 5, column “Continuity version”: keep the version the export wrote (a whole number), or clear the “Continuity ID” to add the row as a new person",
      "Row 6: expected 5 values but found 2.",
    ]);
    const result = readPeopleCsv(file);
    expect(result.ok && result.rows.map((r) => [r.row, r.valid])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
    ]);
  });

  it("says where a file is not CSV, and refuses an empty file or too many rows", () => {
    expect(problems('Name\r\n"Ann Lee\r\n')).toEqual(["Line 2 of the file: a quoted field is not closed."]);
    expect(problems("")).toEqual(["The file is empty: the first row must name the columns."]);
    const many = ["Name", ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `Person ${i}`)].join("\r\n");
    expect(problems(many)).toEqual([`The file has ${MAX_IMPORT_ROWS + 1} rows; import at most ${MAX_IMPORT_ROWS} at a time.`]);
  });
});
