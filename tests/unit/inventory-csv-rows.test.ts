import { describe, expect, it } from "vitest";
import { allRegisters, registerOf } from "@/lib/inventories/registers";
import { sameData } from "@/lib/inventories/item-schema";
import { csvToItems, ID_COLUMN, itemsToCsv, VERSION_COLUMN } from "@/lib/inventories/csv-rows";

const callList = registerOf("call_list");
const people = new Map([
  ["p1", "Priya Shah"],
  ["p2", "Tom Reed"],
]);
const HEADER = "Call-tree order,Person,Role in an incident,Primary number,Alternate number,Calls next,Continuity ID,Continuity version";

const items = [
  { id: "cm1a2b3c4d5e6f7g8h9i0j1k2", version: 3, data: { order: 1, person: "p1", role: "Incident lead", primaryPhone: "+44 7700 900102", alternatePhone: null, callsNext: "Tom, Alex" } },
  { id: "cm9z8y7x6w5v4u3t2s1r0q9p8", version: 1, data: { order: 2, person: "p2", role: null, primaryPhone: "07700 900103", alternatePhone: "0117 496 0103", callsNext: null } },
];

describe("writing a register as CSV", () => {
  it("writes labels as headers, people by name, and each item's ID and version last", () => {
    const lines = itemsToCsv(callList, items, (id) => people.get(id) ?? "").split("\r\n");
    expect(lines[0]).toBe(HEADER);
    // A phone number starting with + would run as a formula in a spreadsheet: guarded with a quote.
    expect(lines[1]).toBe(`1,Priya Shah,Incident lead,'+44 7700 900102,,"Tom, Alex",cm1a2b3c4d5e6f7g8h9i0j1k2,3`);
    expect(lines[2]).toBe("2,Tom Reed,,07700 900103,0117 496 0103,,cm9z8y7x6w5v4u3t2s1r0q9p8,1");
  });

  it("writes the header alone for an empty register", () => {
    expect(itemsToCsv(callList, [], () => "")).toBe(`${HEADER}\r\n`);
  });

  it("uses column names no register declares as a field", () => {
    for (const register of allRegisters()) {
      const labels = register.fields.map((f) => f.label.toLowerCase());
      expect(labels).not.toContain(ID_COLUMN.toLowerCase());
      expect(labels).not.toContain(VERSION_COLUMN.toLowerCase());
    }
  });
});

describe("reading a register's CSV", () => {
  it("reads an export back to the same data, with each row naming the item and version it came from", () => {
    const csv = itemsToCsv(callList, items, (id) => people.get(id) ?? "");
    expect(csvToItems(callList, csv, people)).toEqual({
      ok: true,
      rows: items.map((item, index) => ({ row: index + 2, data: item.data, ref: { id: item.id, version: item.version } })),
      notes: [],
    });
  });

  it("adds rows whose ID is empty, even when a version was left behind", () => {
    const csv = `${HEADER}\n3,Tom Reed,,0117 496 0103,,,,\n4,Priya Shah,,0117 496 0104,,, ,7\n`;
    const result = csvToItems(callList, csv, people);
    expect(result.ok && result.rows.map((r) => [r.row, r.ref])).toEqual([
      [2, null],
      [3, null],
    ]);
  });

  it("reads an old export without the ID columns as new rows", () => {
    const csv = "Call-tree order,Person,Role in an incident,Primary number,Alternate number,Calls next\n1,Priya Shah,Incident lead,'+44 7700 900102,,\n";
    expect(csvToItems(callList, csv, people)).toEqual({
      ok: true,
      rows: [{ row: 2, data: { order: 1, person: "p1", role: "Incident lead", primaryPhone: "+44 7700 900102", alternatePhone: null, callsNext: null }, ref: null }],
      notes: [],
    });
  });

  it("finds the ID columns in any order and letter case", () => {
    const csv = "continuity VERSION,Primary number,Continuity id,Person,Call-tree order\n2,0117 496 0103,cm9z8y7x6w5v4u3t2s1r0q9p8,Tom Reed,5\n";
    const result = csvToItems(callList, csv, people);
    expect(result.ok && result.rows[0].ref).toEqual({ id: "cm9z8y7x6w5v4u3t2s1r0q9p8", version: 2 });
  });

  it("lets optional columns be left out and reports a short row", () => {
    expect(csvToItems(callList, "Person,Call-tree order,Primary number\n Tom Reed ,3,0117 496 0103\n", people)).toEqual({
      ok: true,
      rows: [{ row: 2, data: { order: 3, person: "p2", role: null, primaryPhone: "0117 496 0103", alternatePhone: null, callsNext: null }, ref: null }],
      notes: [],
    });
    expect(csvToItems(callList, "Person,Call-tree order,Primary number\nTom Reed,3\n", people)).toEqual({
      ok: false,
      errors: ["Row 2: expected 3 values but found 2."],
    });
  });

  it("refuses a row whose backup is its post holder, naming the row and the column", () => {
    const csv = "Position,Post holder,Backup\nFinance Director,Priya Shah,Priya Shah\n";
    expect(csvToItems(registerOf("backup_positions"), csv, people)).toEqual({
      ok: false,
      errors: ["Row 2, column “Backup”: choose someone other than the post holder"],
    });
  });

  it("refuses an ID column without its version column, and either twice, and still refuses unknown columns", () => {
    expect(csvToItems(callList, "Person,Call-tree order,Primary number,Continuity ID\nTom Reed,3,0117 496 0103,cm1\n", people)).toEqual({
      ok: false,
      errors: [
        "Column “Continuity version” is missing: it goes with “Continuity ID”. Keep both columns as exported, or delete both to add every row as a new item.",
      ],
    });
    expect(csvToItems(callList, "Person,Call-tree order,Primary number,Continuity version\nTom Reed,3,0117 496 0103,1\n", people)).toEqual({
      ok: false,
      errors: [
        "Column “Continuity ID” is missing: it goes with “Continuity version”. Keep both columns as exported, or delete both to add every row as a new item.",
      ],
    });
    const twice = csvToItems(callList, "Person,Call-tree order,Primary number,Continuity ID,Continuity version,continuity id,ID\nTom Reed,3,0117 496 0103,a,1,a,b\n", people);
    expect(twice).toEqual({
      ok: false,
      errors: ["Column “ID” is not a field of the Master call list.", "Column “Continuity ID” appears more than once."],
    });
  });

  it("refuses an ID used by two rows, an ID no export wrote and a missing or bad version, naming row and column", () => {
    const csv = [
      "Person,Call-tree order,Primary number,Continuity ID,Continuity version",
      "Tom Reed,3,0117 496 0103,cm1,1",
      "Priya Shah,4,0117 496 0104,cm1,1",
      "Priya Shah,5,0117 496 0105,'DROP TABLE',1",
      "Priya Shah,6,0117 496 0106,cm2,",
      "Priya Shah,7,0117 496 0107,cm3,0",
      "Priya Shah,8,0117 496 0108,cm4,two",
    ].join("\n");
    const redoVersion = "keep the version the export wrote (a whole number), or clear the “Continuity ID” to add the row as a new item";
    expect(csvToItems(callList, csv, people)).toEqual({
      ok: false,
      errors: [
        "Row 3, column “Continuity ID”: row 2 has the same ID; each item can be updated by one row only",
        "Row 4, column “Continuity ID”: this is not an ID an export wrote; clear it to add the row as a new item",
        `Row 5, column “Continuity version”: ${redoVersion}`,
        `Row 6, column “Continuity version”: ${redoVersion}`,
        `Row 7, column “Continuity version”: ${redoVersion}`,
      ],
    });
  });

  it("reports a row's field problems and its ID problems together", () => {
    const csv = "Person,Call-tree order,Primary number,Continuity ID,Continuity version\nNobody,x,0117 496 0103,cm1,v\n";
    expect(csvToItems(callList, csv, people)).toEqual({
      ok: false,
      errors: [
        "Row 2, column “Call-tree order”: enter a whole number of 0 or more",
        "Row 2, column “Person”: no one called “Nobody” is recorded in the organisation",
        "Row 2, column “Continuity version”: keep the version the export wrote (a whole number), or clear the “Continuity ID” to add the row as a new item",
      ],
    });
  });
});

describe("what a spreadsheet leaves behind", () => {
  it("leaves out blank rows, trailing or between, and says how many", () => {
    const csv = `Person,Call-tree order,Primary number\r\nTom Reed,3,0117 496 0103\r\n,,\r\n  , ,\t\r\nPriya Shah,4,0117 496 0104\r\n,,\r\n,,\r\n`;
    const result = csvToItems(callList, csv, people);
    expect(result.ok && result.rows.map((r) => [r.row, r.data.person])).toEqual([
      [2, "p2"],
      [5, "p1"],
    ]);
    expect(result.ok && result.notes).toEqual(["4 blank rows were left out."]);
    // Only blank rows: nothing to import, for the caller to say.
    expect(csvToItems(callList, "Person,Call-tree order,Primary number\r\n,,\r\n", people)).toEqual({ ok: true, rows: [], notes: ["1 blank row was left out."] });
  });

  it("leaves out a column with no name and no value, and refuses one with a value, naming it as a spreadsheet does", () => {
    const trailing = "Person,Call-tree order,Primary number,,\r\nTom Reed,3,0117 496 0103,,\r\nPriya Shah,4,0117 496 0104\r\n";
    const read = csvToItems(callList, trailing, people);
    expect(read.ok && read.rows.map((r) => r.data.order)).toEqual([3, 4]);
    expect(read.ok && read.notes).toEqual(["2 columns with no name and no values were left out."]);
    expect(csvToItems(callList, "Person,,Call-tree order,Primary number\r\nTom Reed,,3,0117 496 0103\r\nPriya Shah,x,4,0117 496 0104\r\n", people)).toEqual({
      ok: false,
      errors: ["Column B has no name in the header row, but row 3 has a value in it: name the column after a field of the Master call list, or delete it."],
    });
  });

  it("still refuses a row with values past the header's last column, or too few values", () => {
    const csv = "Person,Call-tree order,Primary number\r\nTom Reed,3,0117 496 0103,,\r\nPriya Shah,4,0117 496 0104,extra\r\nPriya Shah,5\r\n";
    expect(csvToItems(callList, csv, people)).toEqual({ ok: false, errors: ["Row 3: expected 3 values but found 4.", "Row 4: expected 3 values but found 2."] });
  });

  it("reports an unknown column together with the rows' problems, in one round", () => {
    const csv = "Person,Call-tree order,Primary number,Colour\r\nTom Reed,three,0117 496 0103,red\r\nNobody,4,0117 496 0104,blue\r\n";
    expect(csvToItems(callList, csv, people)).toEqual({
      ok: false,
      errors: [
        "Column “Colour” is not a field of the Master call list.",
        "Row 2, column “Call-tree order”: enter a whole number of 0 or more",
        "Row 3, column “Person”: no one called “Nobody” is recorded in the organisation",
      ],
    });
    // A missing required column is said once, not once a row.
    expect(csvToItems(callList, "Person,Primary number\r\nTom Reed,0117 496 0103\r\nPriya Shah,0117 496 0104\r\n", people)).toEqual({
      ok: false,
      errors: ["Column “Call-tree order” is missing: it is required."],
    });
  });

  it("finds a person whatever the spacing and letter case of the name, and a header whatever its spacing", () => {
    const csv = "  Person ,Call-tree  order,Primary number\r\nTom  Reed,3,0117 496 0103\r\n priya   SHAH ,4,0117 496 0104\r\n";
    const result = csvToItems(callList, csv, people);
    expect(result.ok && result.rows.map((r) => r.data.person)).toEqual(["p2", "p1"]);
  });
});

describe("columns of numbers with a unit", () => {
  const vendors = registerOf("vendors");
  const hardware = registerOf("main_hardware");
  const data = (result: ReturnType<typeof csvToItems>) => (result.ok ? result.rows.map((r) => r.data) : result.errors);

  it("name the unit in the export's header, for every field that has one", () => {
    const header = itemsToCsv(vendors, [], () => "").split("\r\n")[0];
    expect(header).toBe("Vendor,Service,Contract reference,Contract end,Account manager,24/7 contact number,E-mail,Contractual recovery time (hours),Critical to recovery,Continuity ID,Continuity version");
    for (const register of allRegisters()) {
      const written = itemsToCsv(register, [], () => "").split("\r\n")[0].split(",");
      for (const field of register.fields.filter((f) => f.unit)) expect(written, field.key).toContain(`${field.label} (${field.unit})`);
      for (const field of register.fields.filter((f) => !f.unit)) expect(written, field.key).toContain(field.label);
    }
    expect(itemsToCsv(registerOf("insurance"), [], () => "")).toContain(",Limit of indemnity (£),Excess (£),");
  });

  it("are read under the new header and the old one alike, and the export reads back to the same data", () => {
    const items = [{ id: "cm1a2b3c4d5e6f7g8h9i0j1k2", version: 1, data: { name: "Sage UK", service: "ERP", contractRef: null, contractEnd: null, accountManager: null, phone24x7: null, email: null, recoveryHours: 4, critical: true } }];
    const exported = itemsToCsv(vendors, items, () => "");
    expect(data(csvToItems(vendors, exported, people))).toEqual([items[0].data]);
    expect(data(csvToItems(vendors, "Vendor,Service,Contractual recovery time\r\nSage UK,ERP,4\r\n", people))).toEqual([expect.objectContaining({ recoveryHours: 4 })]);
    expect(data(csvToItems(vendors, "Vendor,Service,contractual recovery time ( HOURS )\r\nSage UK,ERP,4\r\n", people))).toEqual([expect.objectContaining({ recoveryHours: 4 })]);
  });

  it("take a duration with its unit in a duration field, converted to the field's unit, as the item form does", () => {
    const csv = "Vendor,Service,Contractual recovery time (hours)\r\nA,x,4h\r\nB,x,90min\r\nC,x,2 days\r\nD,x,1 week\r\nE,x,\"1,000 hours\"\r\n";
    expect(data(csvToItems(vendors, csv, people)).map((d) => (d as { recoveryHours: number }).recoveryHours)).toEqual([4, 1.5, 48, 168, 1000]);
    const retention = "Data set,Frequency,Retention (days)\r\nSQL01,Daily,1 year\r\nFS01,Daily,2w\r\nHV01,Daily,30\r\n";
    expect(data(csvToItems(registerOf("backup_schedules"), retention, people)).map((d) => (d as { retentionDays: number }).retentionDays)).toEqual([365, 14, 30]);
  });

  it("read bare numbers in the unit the header names when it is another duration unit", () => {
    const csv = "Vendor,Service,Contractual recovery time (minutes)\r\nA,x,240\r\nB,x,90\r\nC,x,2h\r\n";
    expect(data(csvToItems(vendors, csv, people)).map((d) => (d as { recoveryHours: number }).recoveryHours)).toEqual([4, 1.5, 2]);
    const weeks = "Item,Reorder lead time (weeks)\r\nToner,2\r\nPaper,0.5\r\n";
    expect(csvToItems(registerOf("office_supplies"), weeks, people)).toEqual({
      ok: false,
      errors: ["Row 3, column “Reorder lead time (weeks)”: 0.5 weeks is 3.5 days: enter a whole number of days"],
    });
  });

  it("refuse a header in a unit the field is not in, once, without reading its values", () => {
    expect(csvToItems(hardware, "Name,Memory (MB),Storage (TB)\r\nHV01,16384,x\r\n", people)).toEqual({
      ok: false,
      errors: ["Column “Memory (MB)”: the Memory is in GB; give the values in GB under “Memory (GB)”.", "Row 2, column “Storage (TB)”: enter a number of 0 or more, like 1500 or 7.5"],
    });
    expect(csvToItems(hardware, "Name,Colour (red)\r\nHV01,x\r\n", people)).toEqual({ ok: false, errors: ["Column “Colour (red)” is not a field of the Main computer hardware inventory."] });
  });

  it("name a required column with its unit when it is missing", () => {
    expect(csvToItems(registerOf("backup_schedules"), "Data set,Frequency\r\nSQL01,Daily\r\n", people)).toEqual({ ok: false, errors: ["Column “Retention (days)” is missing: it is required."] });
  });
});

describe("a file Excel saved with semicolons", () => {
  it("reads its decimal commas as decimals, and the same numbers with points in a comma file", () => {
    const hardware = registerOf("main_hardware");
    const semicolons = "Name;Storage (TB);Memory (GB);CPU cores\r\nHV01;7,68;1.024;32\r\nHV02;0,5;512;16\r\n";
    const commas = 'Name,Storage (TB),Memory (GB),CPU cores\r\nHV01,7.68,"1,024",32\r\nHV02,0.5,512,16\r\n';
    for (const csv of [semicolons, commas]) {
      const result = csvToItems(hardware, csv, people);
      expect(result.ok && result.rows.map((r) => [r.data.storageTB, r.data.memoryGB, r.data.cpuCores])).toEqual([
        [7.68, 1024, 32],
        [0.5, 512, 16],
      ]);
    }
    // In a comma file, a quoted decimal comma could be a mistyped thousands comma: refused, saying how to write it.
    expect(csvToItems(hardware, 'Name,Storage (TB)\r\nHV01,"7,5"\r\n', people)).toEqual({
      ok: false,
      errors: ["Row 2, column “Storage (TB)”: 7,5 is not a number as written: write decimals with a point (7.5) and put commas or spaces only between thousands (2,500)"],
    });
  });

  it("keeps a blank yes/no as not known, and reads yes and no", () => {
    const result = csvToItems(registerOf("vendors"), "Vendor;Service;Critical to recovery\r\nA;x;\r\nB;x;no\r\nC;x;yes\r\n", people);
    expect(result.ok && result.rows.map((r) => r.data.critical)).toEqual([null, false, true]);
  });
});

describe("telling a row from its stored item", () => {
  const vendors = registerOf("vendors");
  const stored = { name: "Sage UK", service: "ERP support", contractRef: null, contractEnd: "2027-03-31", accountManager: null, phone24x7: null, email: null, recoveryHours: 4, critical: false };

  it("treats the same values as the same item, and a field stored before it was declared as empty (a yes/no as not known)", () => {
    expect(sameData(vendors, stored, { ...stored })).toBe(true);
    const older = Object.fromEntries(Object.entries(stored).filter(([key]) => key !== "accountManager" && key !== "critical"));
    expect(sameData(vendors, older, { ...stored, critical: null })).toBe(true);
    expect(sameData(vendors, older, stored)).toBe(false);
  });

  it("sees a change in any one field", () => {
    expect(sameData(vendors, stored, { ...stored, recoveryHours: 8 })).toBe(false);
    expect(sameData(vendors, stored, { ...stored, critical: true })).toBe(false);
    expect(sameData(vendors, stored, { ...stored, contractRef: "S200" })).toBe(false);
  });
});
