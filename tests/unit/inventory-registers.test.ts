import { describe, expect, it } from "vitest";
import { allRegisters, INVENTORY_KINDS, registerOf } from "@/lib/inventories/registers";
import { FIXED_SORTS, itemSchema, labelOf, tableFields } from "@/lib/inventories/item-schema";
import { expiryWords, isItemStale, isRegisterStale } from "@/lib/inventories/staleness";
import { importFileSizeProblem, MAX_IMPORT_BYTES } from "@/lib/csv/upload-size";
import { displayCell } from "@/lib/inventories/fields";

describe("register declarations", () => {
  it("declares each of the eighteen kinds once, in order", () => {
    expect(allRegisters().map((r) => r.kind)).toEqual([...INVENTORY_KINDS]);
  });

  it.each(allRegisters().map((r) => [r.kind, r] as const))("%s is well formed", (_kind, register) => {
    const keys = register.fields.map((f) => f.key);
    const labels = register.fields.map((f) => f.label.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(labels).size).toBe(labels.length);
    for (const key of keys) expect(FIXED_SORTS).not.toContain(key);
    for (const key of register.labelFields) expect(keys).toContain(key);
    if (register.expiryField) expect(register.fields.find((f) => f.key === register.expiryField)?.type).toBe("date");
    for (const key of register.unique?.keys ?? []) expect(keys).toContain(key);
    for (const field of register.fields) {
      if (field.type === "select") expect(field.options?.length).toBeGreaterThan(1);
    }
    expect(register.fields.some((f) => f.required)).toBe(true);
    expect(tableFields(register).length).toBeGreaterThan(0);
  });
});

describe("item schema", () => {
  const vendors = registerOf("vendors");

  it("turns text input into typed values", () => {
    const data = itemSchema(vendors).parse({
      name: "  Sage UK ",
      service: "ERP support",
      contractEnd: "2027-03-31",
      phone24x7: "+44 191 479 5900",
      email: "support@sage.example",
      recoveryHours: "4",
      critical: "on",
    });
    expect(data).toEqual({
      name: "Sage UK",
      service: "ERP support",
      contractRef: null,
      contractEnd: "2027-03-31",
      accountManager: null,
      phone24x7: "+44 191 479 5900",
      email: "support@sage.example",
      recoveryHours: 4,
      critical: true,
    });
  });

  it("refuses a backup who is the post holder, and a copy acknowledged before it was issued, at the field", () => {
    const positions = itemSchema(registerOf("backup_positions")).safeParse({ position: "Finance Director", holder: "p1", backup: "p1", secondBackup: "p1" });
    expect(positions.success).toBe(false);
    expect(positions.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["backup", "Backup: choose someone other than the post holder."],
      ["secondBackup", "Second backup: choose someone other than the post holder."],
    ]);
    const second = itemSchema(registerOf("backup_positions")).safeParse({ position: "Finance Director", holder: "p1", backup: "p2", secondBackup: "p2" });
    expect(second.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["secondBackup", "Second backup: choose someone other than the backup."]]);
    expect(itemSchema(registerOf("backup_positions")).safeParse({ position: "Finance Director", holder: "p1", backup: "p2", secondBackup: "p3" }).success).toBe(true);

    const copy = { copyNumber: "1", holder: "p1", format: "Printed", issuedOn: "2026-11-20" };
    const early = itemSchema(registerOf("distribution")).safeParse({ ...copy, acknowledgedOn: "2026-11-01" });
    expect(early.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["acknowledgedOn", "Acknowledged on: enter a date on or after the issued on date (20 Nov 2026)."]]);
    expect(itemSchema(registerOf("distribution")).safeParse({ ...copy, acknowledgedOn: "2026-11-20" }).success).toBe(true);
  });

  it("reports the checks between fields in the same pass as a field's own error, and none on a field that failed", () => {
    const copy = { copyNumber: "one", holder: "p1", format: "Printed", issuedOn: "2026-11-20", acknowledgedOn: "2026-11-01" };
    const both = itemSchema(registerOf("distribution")).safeParse(copy);
    expect(both.error?.issues.map((i) => i.path.join("."))).toEqual(["copyNumber", "acknowledgedOn"]);
    // The issue date failed on its own: the acknowledgement is not also told it comes before it.
    const badIssue = itemSchema(registerOf("distribution")).safeParse({ ...copy, copyNumber: "1", issuedOn: "31/11/2026" });
    expect(badIssue.error?.issues.map((i) => i.path.join("."))).toEqual(["issuedOn"]);
    const positions = itemSchema(registerOf("backup_positions")).safeParse({ position: "", holder: "p1", backup: "p1" });
    expect(positions.error?.issues.map((i) => i.path.join("."))).toEqual(["position", "backup"]);
  });

  it("names each bad field with a clear message that starts with its label", () => {
    const result = itemSchema(vendors).safeParse({
      name: "",
      service: "x".repeat(201),
      contractEnd: "2027-02-30",
      phone24x7: "call Dave",
      recoveryHours: "-1",
      critical: "maybe",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);
    expect(messages).toEqual({
      name: "Vendor: fill this in.",
      service: "Service: keep it under 200 characters.",
      contractEnd: "Contract end: there is no 30 February 2027.",
      phone24x7:
        "24/7 contact number: enter a phone number of at least six digits, written with digits, spaces and + - ( ) ., and an optional extension (like 0117 496 0101 ext. 204), or an internal extension of three to five digits (like 4021 or ext. 4021).",
      recoveryHours: "Contractual recovery time: enter 0 hours or more.",
      critical: "Critical to recovery: enter yes or no.",
    });
  });

  // What a blank required field asks for follows from its declaration (label and type), never from a sentence written per register.
  const needs: Record<string, string> = {
    person: "choose a person from the People register.",
    date: "enter a date.",
    number: "enter a number.",
    integer: "enter a number.",
    phone: "enter a phone number.",
    email: "enter an e-mail address.",
    text: "fill this in.",
    longtext: "fill this in.",
  };
  it.each(allRegisters().map((r) => [r.kind, r] as const))("%s: each required field left blank says what it needs, after its label", (_kind, register) => {
    const result = itemSchema(register).safeParse({});
    const messages = Object.fromEntries(result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);
    const required = register.fields.filter((f) => f.required);
    expect(Object.keys(messages)).toEqual(required.map((f) => f.key));
    for (const field of required) {
      const need = field.type === "select" ? `choose one of ${field.options?.join(", ")}.` : needs[field.type];
      expect(messages[field.key]).toBe(`${field.label}: ${need}`);
    }
  });

  it("asks for each field of a blank copy of the plan by name", () => {
    const result = itemSchema(registerOf("distribution")).safeParse({ copyNumber: "", holder: "", format: "", issuedOn: "" });
    expect(Object.fromEntries(result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [])).toEqual({
      copyNumber: "Copy number: enter a number.",
      holder: "Holder: choose a person from the People register.",
      format: "Format: choose one of Printed, Electronic, Printed and electronic.",
      issuedOn: "Issued on: enter a date.",
    });
  });

  it("refuses a copy issued or acknowledged after today, and takes a plan version by its number", () => {
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const distribution = itemSchema(registerOf("distribution"));
    const copy = { copyNumber: "1", holder: "p1", format: "Printed" };
    const future = distribution.safeParse({ ...copy, issuedOn: day(2), acknowledgedOn: day(3), planVersion: "v7 (does not exist)" });
    expect(Object.fromEntries(future.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [])).toEqual({
      issuedOn: "Issued on: enter a date that is not in the future.",
      acknowledgedOn: "Acknowledged on: enter a date that is not in the future.",
      planVersion: "Plan version: give the number of one of the plan's versions, like 3.",
    });
    for (const typed of ["3", "v3", "Version 3"]) expect(distribution.parse({ ...copy, issuedOn: day(0), planVersion: typed }).planVersion).toBe(3);
    const version = registerOf("distribution").fields.find((f) => f.key === "planVersion")!;
    expect(displayCell(version, 3, String)).toBe("Version 3");
    expect(displayCell(version, "2026.2", String)).toBe("2026.2");
    // Dates of what has not happened yet (an insurance policy's expiry) may be in the future.
    expect(itemSchema(registerOf("insurance")).safeParse({ insurer: "Aviva", policyNumber: "BI-1", policyType: "Cyber", expiresOn: day(400) }).success).toBe(true);
  });

  it("matches select options regardless of case and stores the declared spelling", () => {
    const data = itemSchema(registerOf("offsite_storage")).parse({ name: "Safe", address: "Home", access: "Key", stored: "USB", rotation: "WEEKLY" });
    expect(data.rotation).toBe("Weekly");
    expect(itemSchema(registerOf("main_hardware")).safeParse({ name: "HV01", cpuCores: "2.5" }).success).toBe(false);
  });

  it("labels items from their label fields, people by name", () => {
    const label = labelOf(registerOf("distribution"), { copyNumber: 3, holder: "p1" }, (id) => (id === "p1" ? "Aisha Khan" : "?"));
    expect(label).toBe("3 — Aisha Khan");
  });
});

describe("staleness rules", () => {
  const now = new Date("2026-11-25T12:00:00Z");

  it("treats a register as stale when never reviewed or reviewed before the period", () => {
    expect(isRegisterStale(null, 365, now)).toBe(true);
    expect(isRegisterStale(new Date("2025-11-25T12:00:00Z"), 365, now)).toBe(false);
    expect(isRegisterStale(new Date("2025-11-25T11:59:59Z"), 365, now)).toBe(true);
  });

  it("treats an item as stale only when it was not created or updated within the period", () => {
    expect(isItemStale({ updatedAt: new Date("2026-06-01T00:00:00Z") }, 365, now)).toBe(false);
    expect(isItemStale({ updatedAt: new Date("2025-11-25T12:00:00Z") }, 365, now)).toBe(false);
    expect(isItemStale({ updatedAt: new Date("2025-11-25T11:59:59Z") }, 365, now)).toBe(true);
    expect(isItemStale({ updatedAt: new Date("2025-06-01T00:00:00Z") }, 365, now)).toBe(true);
  });

  it("does not make an item created today stale, in a register never reviewed", () => {
    expect(isRegisterStale(null, 365, now)).toBe(true);
    expect(isItemStale({ updatedAt: now }, 365, now)).toBe(false);
  });
});

describe("import file size", () => {
  it("names an empty file and one over 2 MB, and passes anything between", () => {
    expect(importFileSizeProblem(0)).toBe("The file is empty.");
    expect(importFileSizeProblem(1)).toBeNull();
    expect(importFileSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(importFileSizeProblem(MAX_IMPORT_BYTES + 1)).toBe("The file is larger than 2 MB. Split it and import the parts one at a time.");
    expect(importFileSizeProblem(3.5 * 1024 * 1024)).toBe("The file is larger than 2 MB. Split it and import the parts one at a time.");
  });
});

describe("a register cell as the pages and the PDF show it", () => {
  const field = (type: "date" | "number", unit?: string) => ({ key: "x", label: "X", type, unit }) as Parameters<typeof displayCell>[0];
  it("shows a stored day as every other day in the app, and leaves anything else as stored", () => {
    expect(displayCell(field("date"), "2027-03-31", String)).toBe("31 Mar 2027");
    expect(displayCell(field("date"), "not a day", String)).toBe("not a day");
    expect(displayCell(field("date"), "", String)).toBe("—");
    expect(displayCell(field("number", "£"), 4500000, String)).toBe("£4,500,000");
  });
  it("shows text kept in a number field as typed, never as £NaN, as the list's search reads it", () => {
    expect(displayCell(field("number", "£"), "about 5m", String)).toBe("about 5m");
    expect(displayCell(field("number", "GB"), "1250.5", String)).toBe("1,250.5 GB");
  });
});

describe("an expiry in words", () => {
  it("says how long ago, today, or how soon, in the singular for one day", () => {
    expect([expiryWords(-3), expiryWords(-1), expiryWords(0), expiryWords(1), expiryWords(12)]).toEqual(["expired 3 days ago", "expired 1 day ago", "expires today", "in 1 day", "in 12 days"]);
  });
});
