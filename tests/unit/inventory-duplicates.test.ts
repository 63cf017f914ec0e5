import { describe, expect, it } from "vitest";
import { allRegisters, registerOf } from "@/lib/inventories/registers";
import { duplicateMessage, importDuplicates, isDuplicate, naturalKey } from "@/lib/inventories/duplicates";

const vendors = registerOf("vendors");
const evans = { id: "v-evans", data: { name: "Evans IT Ltd", service: "IT support and backups", phone24x7: "0117 496 0101" } };

describe("the vendor register's natural key", () => {
  it("is the name and the service, whatever their letter case and spacing", () => {
    expect(naturalKey(vendors, { name: "  evans  IT ltd ", service: "IT SUPPORT and\tbackups" })).toBe(naturalKey(vendors, evans.data));
    expect(naturalKey(vendors, { name: "Evans IT Ltd", service: "Telephony" })).not.toBe(naturalKey(vendors, evans.data));
    expect(naturalKey(vendors, { name: "EvansIT Ltd", service: "IT support and backups" })).not.toBe(naturalKey(vendors, evans.data));
  });

  it("ignores the other fields", () => {
    expect(naturalKey(vendors, { ...evans.data, phone24x7: null, recoveryHours: 4 })).toBe(naturalKey(vendors, evans.data));
  });

  it("is declared by the vendor register only, so the others accept any rows", () => {
    expect(allRegisters().filter((r) => r.unique).map((r) => r.kind)).toEqual(["vendors"]);
    expect(naturalKey(registerOf("forms"), { name: "Returns form" })).toBeNull();
  });

  it("is refused in the People register's words", () => {
    expect(duplicateMessage(vendors)).toBe("This vendor (same name and service) is already in the register.");
  });
});

describe("isDuplicate", () => {
  it("refuses a new vendor alike one in the register", () => {
    expect(isDuplicate(vendors, [evans], { itemId: null, data: { name: "EVANS IT LTD", service: " IT support and backups" } })).toBe(true);
    expect(isDuplicate(vendors, [evans], { itemId: null, data: { name: "Evans IT Ltd", service: "Telephony" } })).toBe(false);
  });

  it("lets an item keep its own name and service, and refuses taking another's", () => {
    const phones = { id: "v-phones", data: { name: "Evans IT Ltd", service: "Telephony" } };
    expect(isDuplicate(vendors, [evans, phones], { itemId: evans.id, data: { ...evans.data, phone24x7: "0117 000 0000" } })).toBe(false);
    expect(isDuplicate(vendors, [evans, phones], { itemId: phones.id, data: { name: "Evans IT Ltd", service: "it support and backups" } })).toBe(true);
  });

  it("never refuses in a register without the rule", () => {
    const form = { id: "f-1", data: { name: "Returns form" } };
    expect(isDuplicate(registerOf("forms"), [form], { itemId: null, data: { name: "Returns form" } })).toBe(false);
  });
});

describe("importDuplicates", () => {
  const phones = { id: "v-phones", data: { name: "Evans IT Ltd", service: "Telephony" } };

  it("names a row alike an item the file leaves alone, and one alike an earlier row", () => {
    expect(
      importDuplicates(vendors, {
        stored: [evans, phones],
        written: [
          { row: 2, itemId: null, data: { name: "evans it ltd", service: "IT support and backups" } },
          { row: 3, itemId: null, data: { name: "Sage UK", service: "ERP support" } },
          { row: 5, itemId: null, data: { name: "Sage  UK", service: "erp support" } },
        ],
      }),
    ).toEqual([
      "Row 2, column “Vendor”: this vendor (same name and service) is already in the register",
      "Row 5, column “Vendor”: row 3 has the same name and service; each vendor is listed once",
    ]);
  });

  it("refuses an updated item taking the name and service of an item the file leaves alone", () => {
    expect(importDuplicates(vendors, { stored: [evans, phones], written: [{ row: 3, itemId: phones.id, data: { ...evans.data } }] })).toEqual([
      "Row 3, column “Vendor”: this vendor (same name and service) is already in the register",
    ]);
  });

  it("checks the register as the import leaves it: two items may swap, and an updated item frees its old key", () => {
    expect(
      importDuplicates(vendors, {
        stored: [evans, phones],
        written: [
          { row: 2, itemId: evans.id, data: phones.data },
          { row: 3, itemId: phones.id, data: evans.data },
        ],
      }),
    ).toEqual([]);
    expect(
      importDuplicates(vendors, {
        stored: [evans],
        written: [
          { row: 2, itemId: evans.id, data: { name: "Evans IT Ltd", service: "Managed IT" } },
          { row: 3, itemId: null, data: evans.data },
        ],
      }),
    ).toEqual([]);
  });
});
