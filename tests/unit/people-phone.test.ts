import { describe, expect, it } from "vitest";
import { isPhoneNumber, telHref } from "@/lib/people/phone";

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

  it("links only numbers, keeping a leading + and the extension", () => {
    expect(telHref("+44 (0)117 496-0101 ext. 12")).toBe("tel:+441174960101;ext=12");
    expect(telHref("07700 900101")).toBe("tel:07700900101");
    expect(telHref("call reception and ask")).toBeNull();
  });
});
