import { describe, expect, it } from "vitest";
import { fieldHref } from "@/lib/inventories/field-links";
import { mailtoHref } from "@/lib/people/email";
import { registerOf } from "@/lib/inventories/registers";

const field = (kind: Parameters<typeof registerOf>[0], key: string) => registerOf(kind).fields.find((f) => f.key === key)!;

describe("links of register values, by field type", () => {
  it("links a phone field's number, short code or not, to tel:", () => {
    expect(fieldHref(field("insurance", "contactPhone"), "0800 840 2590")).toBe("tel:08008402590");
    expect(fieldHref(field("critical_phone_numbers", "phone"), "999")).toBe("tel:999");
    expect(fieldHref(field("vendors", "phone24x7"), "+44 (0)191 479 5900")).toBe("tel:+441914795900");
  });

  it("links an e-mail field's address to mailto:", () => {
    expect(fieldHref(field("insurance", "contactEmail"), "cyberclaims@hiscox.example")).toBe("mailto:cyberclaims@hiscox.example");
    expect(fieldHref(field("vendors", "email"), "support@sage.example")).toBe("mailto:support@sage.example");
  });

  it("links nothing else: text in a text field that looks like a number, blanks, text kept that is no number or address", () => {
    expect(fieldHref(field("telephones", "number"), "0117 496 0101")).toBeNull();
    expect(fieldHref(field("insurance", "policyNumber"), "999")).toBeNull();
    expect(fieldHref(field("insurance", "contactPhone"), "ask the broker")).toBeNull();
    // An internal extension: no phone outside the building dials it, and a short code only where a service's number is kept.
    expect(fieldHref(field("call_list", "primaryPhone"), "4021")).toBeNull();
    expect(fieldHref(field("vendors", "phone24x7"), "ext. 4021")).toBeNull();
    expect(fieldHref(field("call_list", "primaryPhone"), "999")).toBeNull();
    expect(fieldHref(field("insurance", "contactEmail"), "the broker")).toBeNull();
    expect(fieldHref(field("insurance", "contactPhone"), null)).toBeNull();
    expect(fieldHref(field("insurance", "contactPhone"), undefined)).toBeNull();
  });
});

describe("mailto links", () => {
  it("escapes what would start the link's query or fragment", () => {
    expect(mailtoHref(" ops@example.com ")).toBe("mailto:ops@example.com");
    expect(mailtoHref("a?cc=x@example.com")).toBe("mailto:a%3Fcc=x@example.com");
    expect(mailtoHref("a#b@example.com")).toBe("mailto:a%23b@example.com");
    expect(mailtoHref("first+tag@example.com")).toBe("mailto:first+tag@example.com");
  });

  it("refuses what is not an address", () => {
    for (const text of ["", "n/a", "ops@example", "two words@example.com", "@example.com"]) expect(mailtoHref(text), text).toBeNull();
  });
});
