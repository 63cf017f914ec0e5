import { describe, expect, it } from "vitest";
import { displayCell, formatCell, parseCell, type FieldDef } from "@/lib/inventories/fields";
import { registerOf } from "@/lib/inventories/registers";
import { itemSchema } from "@/lib/inventories/item-schema";

const fieldOf = (kind: Parameters<typeof registerOf>[0], key: string): FieldDef => registerOf(kind).fields.find((f) => f.key === key)!;
const read = (field: FieldDef, text: string) => {
  const result = parseCell(field, text);
  return result.ok ? result.value : result.message;
};

describe("a register's money fields", () => {
  const limit = fieldOf("insurance", "limit");

  it("take an amount as the register's list writes it, and as a spreadsheet does", () => {
    for (const [text, value] of [
      ["750000", 750000],
      ["£750,000", 750000],
      ["2,500", 2500],
      ["1 000 000", 1000000],
      ["£1,250.50", 1250.5],
      ["GBP 500", 500],
      ["0", 0],
    ] as const) {
      expect(read(limit, text), text).toBe(value);
    }
  });

  it("refuse text that could be read two ways, another currency, and a negative amount, saying how to write it", () => {
    expect(read(limit, "1,5")).toBe("1,5 is not an amount as written: write decimals with a point (7.5) and put commas or spaces only between thousands (2,500).");
    expect(read(limit, "$500")).toBe("Enter the amount in pounds (£): the register holds amounts in pounds only.");
    expect(read(limit, "£2m")).toBe("Enter an amount of 0 or more in pounds, like 750000, 750,000 or £750,000.");
    expect(read(limit, "-£5")).toBe("Enter an amount of 0 or more.");
  });

  it("say so after the field's label on the form", () => {
    const result = itemSchema(registerOf("insurance")).safeParse({ insurer: "Aviva", policyNumber: "BI-1", policyType: "Cyber", expiresOn: "2028-04-30", limit: "£750,000", excess: "7,50" });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Excess: 7,50 is not an amount as written: write decimals with a point (7.5) and put commas or spaces only between thousands (2,500).",
    ]);
  });
});

describe("a register's other number fields", () => {
  const storage = fieldOf("main_hardware", "storageTB");
  const memory = fieldOf("main_hardware", "memoryGB");
  const cores = fieldOf("main_hardware", "cpuCores");

  it("take thousands separators and the field's own unit, as the list writes them", () => {
    expect(read(storage, "7.68")).toBe(7.68);
    expect(read(storage, "1,200")).toBe(1200);
    expect(read(storage, "7.68 TB")).toBe(7.68);
    expect(read(memory, "512GB")).toBe(512);
    expect(read(memory, "1,024 gb")).toBe(1024);
    expect(read(cores, "2,048")).toBe(2048);
  });

  it("refuse another unit, fractions of a whole number, negatives and text that could be read two ways", () => {
    expect(read(memory, "16 MB")).toBe("Enter a whole number of 0 or more.");
    expect(read(memory, "2.5")).toBe("Enter a whole number of 0 or more.");
    expect(read(cores, "-2")).toBe("Enter a whole number of 0 or more.");
    expect(read(storage, "7,68")).toBe("7,68 is not a number as written: write decimals with a point (7.5) and put commas or spaces only between thousands (2,500).");
    expect(read(storage, "1e3")).toBe("Enter a number of 0 or more, like 1500 or 7.5.");
    expect(read(storage, "-1")).toBe("Enter a number of 0 or more.");
  });
});

describe("a register's date fields", () => {
  const expiry = fieldOf("insurance", "expiresOn");
  const lastTest = fieldOf("backup_schedules", "lastRestoreTest");

  it("store what a UK spreadsheet or the register's pages write as YYYY-MM-DD", () => {
    expect(read(expiry, "30/04/2028")).toBe("2028-04-30");
    expect(read(expiry, "30 Apr 2028")).toBe("2028-04-30");
    expect(read(expiry, "2028-04-30")).toBe("2028-04-30");
  });

  it("refuse a day that could be read two ways, on the form after the field's label", () => {
    expect(read(expiry, "03/04/2026")).toBe("03/04/2026 could be 3 April or 4 March 2026: write it as 2026-04-03 or 3 Apr 2026.");
    const result = itemSchema(registerOf("insurance")).safeParse({ insurer: "Aviva", policyNumber: "BI-1", policyType: "Cyber", expiresOn: "03/04/2026" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Expiry date: 03/04/2026 could be 3 April or 4 March 2026: write it as 2026-04-03 or 3 Apr 2026."]);
  });

  it("still refuse a day after today where the day has happened, however it is written", () => {
    expect(read(lastTest, "1 Jan 2999")).toBe("Enter a date that is not in the future.");
    expect(read(lastTest, "13/01/2020")).toBe("2020-01-13");
  });
});

describe("a register's yes/no fields", () => {
  const encrypted = fieldOf("micro_hardware_software", "encrypted");
  const required: FieldDef = { key: "signed", label: "Signed", type: "boolean", required: true };

  it("keep a blank as not known, not as no, when the field may be left blank", () => {
    expect(read(encrypted, "")).toBeNull();
    expect(read(encrypted, "  ")).toBeNull();
    expect(read(encrypted, "no")).toBe(false);
    expect(read(encrypted, "Yes")).toBe(true);
    expect(read(encrypted, "maybe")).toBe("Enter yes or no.");
  });

  it("refuse a blank where the field must be answered", () => {
    expect(read(required, "")).toBe("Choose yes or no.");
    expect(read(required, "n")).toBe(false);
  });

  it("write not known as an empty cell and a dash, and no as no", () => {
    expect([formatCell(encrypted, null), formatCell(encrypted, undefined), formatCell(encrypted, false), formatCell(encrypted, true)]).toEqual(["", "", "no", "yes"]);
    expect([displayCell(encrypted, null, String), displayCell(encrypted, false, String), displayCell(encrypted, true, String)]).toEqual(["—", "No", "Yes"]);
  });
});

describe("a file whose values are separated by semicolons", () => {
  const storage = fieldOf("main_hardware", "storageTB");
  const limit = fieldOf("insurance", "limit");
  const recovery = fieldOf("vendors", "recoveryHours");
  const quantity = fieldOf("equipment", "quantity");
  const comma = (field: FieldDef, text: string) => {
    const result = parseCell(field, text, { decimal: "," });
    return result.ok ? result.value : result.message;
  };

  it("reads a decimal comma, and points or spaces between thousands", () => {
    expect(comma(storage, "7,5")).toBe(7.5);
    expect(comma(storage, "1.200")).toBe(1200);
    expect(comma(limit, "£1.250,50")).toBe(1250.5);
    expect(comma(limit, "750 000")).toBe(750000);
    expect(comma(recovery, "1,5")).toBe(1.5);
    expect(comma(recovery, "1,5h")).toBe(1.5);
    expect(comma(quantity, "1.000")).toBe(1000);
  });

  it("says how such a file writes numbers when a cell fits neither way", () => {
    expect(comma(storage, "1,234.5")).toBe(
      "1,234.5 is not a number as written: in this file, whose values are separated by semicolons, write decimals with a comma (7,5) and put points or spaces only between thousands (2.500).",
    );
    expect(comma(quantity, "7,5")).toBe("Enter a whole number of 0 or more.");
  });
});
