import { describe, expect, it } from "vitest";
import { internalExtension, isPhoneNumber, sameLine, telHref } from "@/lib/people/phone";

describe("phone numbers", () => {
  it("accepts numbers as people write them", () => {
    for (const number of ["07700 900101", "+44 (0)117 496-0101", "0117.496.0101", "+1 555 010 9999 ext. 42", "0117 496 0101 x12", "020 7946 0000 extension 7", "123456"]) {
      expect(isPhoneNumber(number), number).toBe(true);
    }
  });

  it("refuses text, too few digits and stray characters", () => {
    for (const text of ["call reception and ask", "n/a", "12345", "0117 496 0101 or mobile", "07700#900101", "++44 117 496 0101", "ext. 12", ""]) {
      expect(isPhoneNumber(text), text).toBe(false);
    }
  });

  it("does not take a short code for someone's number: a person's phone fields still want six digits", () => {
    for (const code of ["999", "112", "101", "11111"]) expect(isPhoneNumber(code), code).toBe(false);
  });

  it("links only numbers, keeping a leading + and the extension", () => {
    expect(telHref("+44 (0)117 496-0101 ext. 12")).toBe("tel:+441174960101;ext=12");
    expect(telHref("07700 900101")).toBe("tel:07700900101");
    expect(telHref("call reception and ask")).toBeNull();
  });

  it("drops the trunk 0 written in brackets after an international prefix, + or 00, however it is spaced", () => {
    // Dialled from abroad or from a mobile, "0044 0117…" and "+44 0117…" do not connect.
    expect(telHref("0044 (0)117 496 0101")).toBe("tel:00441174960101");
    expect(telHref("00 44 (0) 20 7946 0000 ext. 7")).toBe("tel:00442079460000;ext=7");
    expect(telHref("+44 ( 0 ) 117 496 0101")).toBe("tel:+441174960101");
    expect(telHref("+33 (0)1 23 45 67 89")).toBe("tel:+33123456789");
    // Inside the country the bracketed 0 is dialled: only the international form drops it.
    expect(telHref("(0)117 496 0101")).toBe("tel:01174960101");
    expect(telHref("(020) 7946 0000")).toBe("tel:02079460000");
  });

  it("links emergency and utility short codes of three to five digits, as dialled, where a service's number is kept", () => {
    const code = (text: string) => telHref(text, { shortCode: true });
    expect(code("999")).toBe("tel:999");
    expect(code("112")).toBe("tel:112");
    expect(code("911")).toBe("tel:911");
    expect(code(" 101 ")).toBe("tel:101");
    expect(code("105")).toBe("tel:105");
    expect(code("111")).toBe("tel:111");
    expect(code("1 0 1")).toBe("tel:101");
    expect(code("10101")).toBe("tel:10101");
    // Samaritans: six digits, a number like any other.
    expect(code("116 123")).toBe("tel:116123");
    expect(telHref("116 123")).toBe("tel:116123");
  });

  it("links no digits too few to be a number elsewhere: there they are an internal extension, which no phone outside the building dials", () => {
    for (const text of ["4021", "999", "101", "10101", "1 0 1"]) expect(telHref(text), text).toBeNull();
  });

  it("refuses to link what is not a number, however short", () => {
    for (const text of ["12", "9", "99", "n/a", "ext. 12", "+999", "999 or 112", "999!", "x999", "1-0-1", "(999)", "12 3a", ""]) {
      expect(telHref(text), text).toBeNull();
      expect(telHref(text, { shortCode: true }), text).toBeNull();
    }
  });
});

describe("an internal extension on its own", () => {
  it("is three to five digits, bare or after ext, ext., extension or x", () => {
    for (const text of ["4021", " ext 4021 ", "ext. 4021", "EXT4021", "extension 4021", "x4021", "X 4021"]) expect(internalExtension(text), text).toBe("4021");
    expect(internalExtension("201")).toBe("201");
    expect(internalExtension("40210")).toBe("40210");
  });

  it("is not a number, fewer or more digits, digits split, or an emergency number, which a desk phone dials out", () => {
    for (const text of ["07700 900101", "0117 496 0101 ext 4021", "12", "ext. 12", "402100", "40 21", "40-21", "#4021", "ext", "", "999", "112", "911", "ext 999", "x112"]) {
      expect(internalExtension(text), text).toBeNull();
    }
  });
});

describe("extensions", () => {
  it("link as RFC 3966 writes them, ;ext= after the number as dialled, however the extension is written", () => {
    for (const written of ["0117 496 0101 ext. 204", "0117 496 0101 ext 204", "0117 496 0101 x204", "0117 496 0101 x 204", "0117 496 0101;ext=204", "0117 496 0101 ; ext=204", "0117 496 0101 extension 204"]) {
      expect(telHref(written), written).toBe("tel:01174960101;ext=204");
    }
    expect(telHref("+44 (0)117 496 0101;ext=204")).toBe("tel:+441174960101;ext=204");
    expect(isPhoneNumber("0117 496 0101;ext=204")).toBe(true);
  });

  it("are not numbers on their own, nor ;ext= without one", () => {
    for (const text of ["x204", "ext. 204", ";ext=204", "0117 496 0101;ext=", "0117 496 0101;ext=2a"]) expect(telHref(text), text).toBeNull();
  });
});

describe("the same line written two ways", () => {
  it("is the same whatever the spacing, brackets or trunk 0", () => {
    expect(sameLine("tel:01174960101", "tel:01174960101")).toBe(true);
    expect(sameLine(telHref("+44 (0)117 496 0101")!, telHref("+44 117 4960101")!)).toBe(true);
  });

  it("is the same national or international, + or 00: the national number's trunk 0 stands for the country code", () => {
    expect(sameLine(telHref("0117 496 0101")!, telHref("+44 117 496 0101")!)).toBe(true);
    expect(sameLine(telHref("+44 117 496 0101")!, telHref("0117 496 0101")!)).toBe(true);
    expect(sameLine(telHref("0044 117 496 0101")!, telHref("+44 117 496 0101")!)).toBe(true);
    expect(sameLine(telHref("0044 117 496 0101")!, telHref("0117 496 0101")!)).toBe(true);
    expect(sameLine(telHref("+1 555 010 9999 x12")!, telHref("+1 (555) 010-9999 ext. 12")!)).toBe(true);
  });

  it("is not another number, another extension, or a number with and without an extension", () => {
    expect(sameLine(telHref("0117 496 0101")!, telHref("+44 117 496 0102")!)).toBe(false);
    expect(sameLine(telHref("0117 496 0101")!, telHref("+4411 7496 0101 1")!)).toBe(false);
    expect(sameLine(telHref("0117 496 0101 ext. 204")!, telHref("0117 496 0101 ext. 205")!)).toBe(false);
    expect(sameLine(telHref("0117 496 0101 ext. 204")!, telHref("0117 496 0101")!)).toBe(false);
    expect(sameLine(telHref("999")!, telHref("0999 123 456")!)).toBe(false);
    // A country code is one to three digits: the national number must be what follows it.
    expect(sameLine(telHref("0117 496 0101")!, telHref("+4444 117 496 0101")!)).toBe(false);
  });
});
