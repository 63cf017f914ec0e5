import { describe, expect, it } from "vitest";
import { phoneParts } from "@/lib/people/phone-in-text";

/** The numbers found in a text, as written and as dialled. */
const found = (text: string) => phoneParts(text).flatMap((part) => (part.href ? [[part.text, part.href]] : []));

describe("phone numbers in a plan's text", () => {
  it("are found as people write them, national or international, with an extension", () => {
    expect(found("Whoever notices calls the IT on-call number 07700 900101, then the incident manager on +44 (0)117 496 0872.")).toEqual([
      ["07700 900101", "tel:07700900101"],
      ["+44 (0)117 496 0872", "tel:+441174960872"],
    ]);
    expect(found("Reception: 0117-496-0101 ext. 204; the bridge (020) 7946 0000 or 0044 20 7946 0001;ext=7.")).toEqual([
      ["0117-496-0101 ext. 204", "tel:01174960101;ext=204"],
      ["(020) 7946 0000", "tel:02079460000"],
      ["0044 20 7946 0001;ext=7", "tel:00442079460001;ext=7"],
    ]);
    expect(found("Landlord 01174960500")).toEqual([["01174960500", "tel:01174960500"]]);
    expect(found("Ask reception (0117 496 0101).")).toEqual([["0117 496 0101", "tel:01174960101"]]);
  });

  it("keep the text around them whole, in order", () => {
    expect(phoneParts("Call 0117 496 0101 now.")).toEqual([
      { text: "Call ", href: null },
      { text: "0117 496 0101", href: "tel:01174960101" },
      { text: " now.", href: null },
    ]);
    expect(phoneParts("No number here.")).toEqual([{ text: "No number here.", href: null }]);
    expect(phoneParts("")).toEqual([]);
  });

  it("include an emergency short code only after a word that says to call it", () => {
    expect(found("If anyone is hurt, call 999 first; dial 112 from abroad. Ring 101 for the police, phone 105 for a power cut.")).toEqual([
      ["999", "tel:999"],
      ["112", "tel:112"],
      ["101", "tel:101"],
      ["105", "tel:105"],
    ]);
    expect(found("Meet in Room 101. Step 999 of the runbook. Gate 112.")).toEqual([]);
  });

  it("leave a number followed by other words' digits unlinked rather than dial the wrong thing, and stop at the number", () => {
    expect(found("Call 0117 496 0101 24 hours a day")).toEqual([["0117 496 0101", "tel:01174960101"]]);
  });

  it("are not dates, times, versions, amounts or reference codes", () => {
    for (const text of [
      "Activated on 01/12/2026 at 09:30.",
      "Activated on 01.12.2026 at 0930.",
      "Activated on 01-12-2026 10:00.",
      "Restore finished 2026-11-28 09:30; next test 2027-01-05.",
      "Upgrade to version 0.10.12345 or v2.3.1 (build 10.0.19045.2965).",
      "The excess is £0 250 000, the limit £750,000 and the float €0.50; 0.5% of 1,000,000.",
      "Quote policy 0012345678, ref: 0117 496 0101 and account no. 0449 2071 559.",
      "Incident INC0012345678, change CHG-0117496010, case #0117496010.",
      "Ticket 12345678 and MPAN 12 3456 7890 123.",
      "Server 10.0.0.1 and 192.168.001.010.",
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});
