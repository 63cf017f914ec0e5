import { describe, expect, it } from "vitest";
import { fieldWords, showValue } from "@/components/versions/snapshot-view";

describe("a version's frozen content as an approver reads it", () => {
  it("names fields in words, acronyms in capitals", () => {
    // A field of minutes is shown in words ("1 day"): its name does not say "minutes" beside it.
    expect(fieldWords("mtdMinutes")).toBe("MTD");
    expect(fieldWords("maxSkewMinutes")).toBe("Max skew");
    expect(fieldWords("impactGrid")).toBe("Impact grid");
    expect(fieldWords("name")).toBe("Name");
  });

  it("shows durations, days and instants in the app's words, and nested values as labelled pairs, never JSON", () => {
    expect(showValue(1440, "mtdMinutes")).toBe("1 day");
    // Targets in the BIA pages' words, money with its currency, as the pages and the PDF show them.
    expect(showValue(20160, "rtoMinutes")).toBe("2 weeks");
    expect(showValue(10080, "maxRtoMinutes")).toBe("1 week");
    expect(showValue(1800, "costPerHour")).toBe("£1,800");
    expect(showValue(1460, "restoreMinutes")).toBe("1 day 20 min");
    expect(showValue("2026-09-22T00:00:00.000Z", "endorsedOn")).toBe("22 Sept 2026");
    expect(showValue("2026-06-10T03:00:00.000Z", "at")).toBe("10 Jun 2026, 03:00 UTC");
    expect(showValue({ customer: { "60": "none", "240": "minor" } }, "impactGrid")).toBe("Customer: 60: none; 240: minor");
    expect(showValue({ id: "cmwxv9fxu003" }, "vendor")).toBe("a linked record");
    expect(showValue([{ id: "a", name: "DHL" }, { id: "b", name: "Sage" }], "vendors")).toBe("DHL, Sage");
    expect(showValue(null)).toBe("—");
  });
});
