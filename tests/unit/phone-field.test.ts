import { describe, expect, it } from "vitest";
import { personFieldsSchema } from "@/lib/people/schemas";
import { itemSchema } from "@/lib/inventories/item-schema";
import { allRegisters, registerOf } from "@/lib/inventories/registers";
import { fieldHint } from "@/lib/inventories/fields";

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

const NUMBER = "enter a phone number of at least six digits, written with digits, spaces and + - ( ) ., and an optional extension (like 0117 496 0101 ext. 204)";
const NUMBER_RULE = `${NUMBER}.`;
const NUMBER_OR_EXTENSION = `${NUMBER}, or an internal extension of three to five digits (like 4021 or ext. 4021).`;
const NOT_FROM_OUTSIDE = `${NUMBER}; an internal extension on its own cannot be dialled from outside the building.`;

describe("one rule for a phone field, in People and in the registers", () => {
  const numbers = ["07700 900101", "+44 (0)117 496-0101", "0117.496.0101", "(020) 7946 0000", "+1 555 010 9999 ext. 42", "0117 496 0101 x204", "0117 496 0101;ext=204", "020 7946 0000 extension 7", "123456"];
  const notNumbers = ["call reception and ask", "n/a", "12", "999", "0117 496 0101 or mobile", "07700#900101", "++44 117 496 0101", "ext. 12", "1-0-1", "40 21", "123456 x", "x 123456"];

  it("takes the same numbers and refuses the same text in a person's phone fields and a register's", () => {
    for (const text of numbers) {
      expect(personSays("mobilePhone", text), text).toBeNull();
      expect(personSays("workPhone", text), text).toBeNull();
      expect(registerSays("call_list", "primaryPhone", text), text).toBeNull();
      expect(registerSays("vendors", "phone24x7", text), text).toBeNull();
    }
    for (const text of notNumbers) {
      expect(personSays("mobilePhone", text), text).not.toBeNull();
      expect(personSays("workPhone", text), text).not.toBeNull();
      expect(registerSays("call_list", "primaryPhone", text), text).not.toBeNull();
      expect(registerSays("vendors", "phone24x7", text), text).not.toBeNull();
    }
  });

  it("says what is wrong in the same words, after the field's label", () => {
    expect(personSays("afterHoursPhone", "call reception and ask")).toBe(`24/7 phone: ${NUMBER_RULE}`);
    expect(personSays("workPhone", "call reception and ask")).toBe(`Work phone: ${NUMBER_OR_EXTENSION}`);
    expect(registerSays("call_list", "primaryPhone", "12")).toBe(`Primary number: ${NUMBER_OR_EXTENSION}`);
    expect(registerSays("vendors", "phone24x7", "call Dave")).toBe(`24/7 contact number: ${NUMBER_OR_EXTENSION}`);
    const long = `0117 496 0101 ${"0".repeat(30)}`;
    expect(personSays("mobilePhone", long)).toBe("Mobile phone: keep the number under 40 characters.");
    expect(registerSays("call_list", "alternatePhone", long)).toBe("Alternate number: keep the number under 40 characters.");
  });

  it("takes a short code (999, 101) only in a field for a service's number, never for someone's own number", () => {
    for (const code of ["999", "101", "112"]) {
      expect(registerSays("critical_phone_numbers", "phone", code), code).toBeNull();
      expect(registerSays("critical_phone_numbers", "alternatePhone", code), code).toBeNull();
      expect(personSays("afterHoursPhone", code), code).not.toBeNull();
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

describe("an internal extension (4021), which a desk phone in the building dials and nothing outside it can", () => {
  const extensions = ["4021", "ext 4021", "ext. 4021", "x4021", "x 4021", "extension 4021", "EXT 4021", "201", "40210"];

  it("is taken in a register's phone fields for someone's line, and in a person's work phone", () => {
    for (const text of extensions) {
      expect(registerSays("call_list", "primaryPhone", text), text).toBeNull();
      expect(registerSays("call_list", "alternatePhone", text), text).toBeNull();
      expect(registerSays("vendors", "phone24x7", text), text).toBeNull();
      expect(personSays("workPhone", text), text).toBeNull();
    }
    for (const register of allRegisters()) {
      for (const field of register.fields.filter((f) => f.type === "phone" && !f.shortCode)) {
        expect(itemSchema(register).safeParse({ [field.key]: "4021" }).error?.issues.find((issue) => issue.path[0] === field.key), `${register.kind}.${field.key}`).toBeUndefined();
      }
    }
  });

  it("is refused for a mobile or a 24/7 number, which must be dialled from outside, saying why after the field's label", () => {
    for (const text of extensions) {
      expect(personSays("mobilePhone", text), text).toBe(`Mobile phone: ${NOT_FROM_OUTSIDE}`);
      expect(personSays("afterHoursPhone", text), text).toBe(`24/7 phone: ${NOT_FROM_OUTSIDE}`);
    }
  });

  it("is never an emergency number: 999, 112 and 911 reach the emergency services from a desk phone too", () => {
    for (const code of ["999", "112", "911", "ext 999", "x112"]) {
      const digits = code.replace(/\D/g, "");
      expect(registerSays("call_list", "primaryPhone", code), code).toBe(
        `Primary number: ${digits} is an emergency number, never an internal extension or someone's own number: record it in the Critical telephone numbers.`,
      );
      expect(personSays("workPhone", code), code).toBe(
        `Work phone: ${digits} is an emergency number, never an internal extension or someone's own number: record it in the Critical telephone numbers.`,
      );
      expect(personSays("mobilePhone", code), code).toBe(
        `Mobile phone: ${digits} is an emergency number, never an internal extension or someone's own number: record it in the Critical telephone numbers.`,
      );
    }
    // 101, 105 and 111 are the police's, the power network's and the NHS's from outside, and an extension inside many buildings.
    for (const code of ["101", "105", "111"]) expect(registerSays("call_list", "primaryPhone", code), code).toBeNull();
  });

  it("is read in the critical telephone numbers as a short code, as decision 46 has it, and written as an extension there is refused", () => {
    expect(registerSays("critical_phone_numbers", "phone", "4021")).toBeNull();
    expect(registerSays("critical_phone_numbers", "phone", "ext 4021")).toBe(
      "Phone: enter a phone number of at least six digits, written with digits, spaces and + - ( ) ., and an optional extension (like 0117 496 0101 ext. 204), or a short code like 999 or 101.",
    );
  });

  it("is said by the field's hint to be shown as text, not as a number to tap", () => {
    const hint = (kind: "call_list" | "vendors" | "critical_phone_numbers", key: string) => fieldHint(registerOf(kind).fields.find((f) => f.key === key)!);
    expect(hint("call_list", "primaryPhone")).toBe("An internal extension (like 4021) is shown as text, not as a number to tap: it cannot be dialled from outside the building.");
    expect(hint("vendors", "phone24x7")).toBe(hint("call_list", "primaryPhone"));
    expect(hint("critical_phone_numbers", "phone")).toBeUndefined();
  });
});
