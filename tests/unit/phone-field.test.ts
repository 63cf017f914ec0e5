import { describe, expect, it } from "vitest";
import { personFieldsSchema } from "@/lib/people/schemas";
import { itemSchema } from "@/lib/inventories/item-schema";
import { allRegisters, registerOf } from "@/lib/inventories/registers";

/** The message a person's phone field gets for `text`, or null when it is taken. */
const personSays = (field: "workPhone" | "mobilePhone" | "afterHoursPhone", text: string) => {
  const result = personFieldsSchema.safeParse({ name: "Eve", [field]: text });
  return result.success ? null : (result.error.issues.find((issue) => issue.path[0] === field)?.message ?? null);
};

/** The message a register's phone field gets for `text`, or null when it is taken. */
const registerSays = (kind: "call_list" | "vendors" | "critical_phone_numbers", field: string, text: string) => {
  const result = itemSchema(registerOf(kind)).safeParse({ [field]: text });
  return result.success ? null : (result.error.issues.find((issue) => issue.path[0] === field)?.message ?? null);
};

const NUMBER_RULE = "enter a phone number of at least six digits, written with digits, spaces and + - ( ) ., and an optional extension (like 0117 496 0101 ext. 204).";

describe("one rule for a phone field, in People and in the registers", () => {
  const numbers = ["07700 900101", "+44 (0)117 496-0101", "0117.496.0101", "(020) 7946 0000", "+1 555 010 9999 ext. 42", "0117 496 0101 x204", "0117 496 0101;ext=204", "020 7946 0000 extension 7", "123456"];
  const notNumbers = ["call reception and ask", "n/a", "12345", "999", "0117 496 0101 or mobile", "07700#900101", "++44 117 496 0101", "ext. 12", "1-0-1"];

  it("takes the same numbers and refuses the same text in a person's phone fields and a register's", () => {
    for (const text of numbers) {
      expect(personSays("mobilePhone", text), text).toBeNull();
      expect(registerSays("call_list", "primaryPhone", text), text).toBeNull();
      expect(registerSays("vendors", "phone24x7", text), text).toBeNull();
    }
    for (const text of notNumbers) {
      expect(personSays("mobilePhone", text), text).not.toBeNull();
      expect(registerSays("call_list", "primaryPhone", text), text).not.toBeNull();
      expect(registerSays("vendors", "phone24x7", text), text).not.toBeNull();
    }
  });

  it("says what is wrong in the same words, after the field's label", () => {
    expect(personSays("afterHoursPhone", "call reception and ask")).toBe(`24/7 phone: ${NUMBER_RULE}`);
    expect(personSays("workPhone", "12345")).toBe(`Work phone: ${NUMBER_RULE}`);
    expect(registerSays("call_list", "primaryPhone", "12345")).toBe(`Primary number: ${NUMBER_RULE}`);
    expect(registerSays("vendors", "phone24x7", "call Dave")).toBe(`24/7 contact number: ${NUMBER_RULE}`);
    const long = `0117 496 0101 ${"0".repeat(30)}`;
    expect(personSays("mobilePhone", long)).toBe("Mobile phone: keep the number under 40 characters.");
    expect(registerSays("call_list", "alternatePhone", long)).toBe("Alternate number: keep the number under 40 characters.");
  });

  it("takes a short code (999, 101) only in a field for a service's number, never for someone's own number", () => {
    for (const code of ["999", "101", "112"]) {
      expect(registerSays("critical_phone_numbers", "phone", code), code).toBeNull();
      expect(registerSays("critical_phone_numbers", "alternatePhone", code), code).toBeNull();
      expect(personSays("afterHoursPhone", code), code).not.toBeNull();
      expect(registerSays("call_list", "primaryPhone", code), code).not.toBeNull();
    }
    expect(registerSays("critical_phone_numbers", "phone", "call the police")).toBe(
      "Phone: enter a phone number of at least six digits, written with digits, spaces and + - ( ) ., and an optional extension (like 0117 496 0101 ext. 204), or a short code like 999 or 101.",
    );
  });

  it("lets a service's number be a short code only in the critical telephone numbers", () => {
    const fields = allRegisters().flatMap((register) => register.fields.filter((field) => field.shortCode).map((field) => `${register.kind}.${field.key}`));
    expect(fields).toEqual(["critical_phone_numbers.phone", "critical_phone_numbers.alternatePhone"]);
  });
});
