import { describe, expect, it } from "vitest";
import { showValue, snapshotContent } from "@/lib/versions/snapshot-content";
import { fieldWords } from "@/lib/versions/show-change";

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
    expect(showValue(true)).toBe("yes");
    // A measured restore with the targets recorded with it (decision 45).
    expect(showValue([{ id: "m1", locationKey: "nas", restoreMinutes: 150, system: { id: "s1", name: "SQL01" }, targetsRecorded: true, rtoTargetMinutes: 240, rpoTargetMinutes: null }], "measurements")).toBe(
      "Location key: nas; Restore: 2 h 30 min; System: SQL01; Targets recorded: yes; RTO target: 4 h; RPO target: —",
    );
  });

  it("words every record of every collection, in the order the snapshot lists them, with an empty collection kept", () => {
    const snapshot = {
      plan: { id: "p1", name: "Bristol operations", endorsedOn: "2026-09-22T00:00:00.000Z" },
      bia: { functions: [{ id: "f1", name: "Order taking", rtoMinutes: 240, impactGrid: { customer: { "60": "minor" } } }] },
      sections: [{ id: "s1", key: "concept_of_operations", body: "Phase one." }],
    };
    const content = snapshotContent(snapshot);
    const find = (title: string) => content.find((c) => c.title === title);
    expect(find("Plan details")).toEqual({
      stage: "Plan",
      title: "Plan details",
      records: [{ id: "p1", label: "Bristol operations", fields: [["Name", "Bristol operations"], ["Endorsed on", "22 Sept 2026"]] }],
    });
    expect(find("Business functions")?.records).toEqual([
      { id: "f1", label: "Order taking", fields: [["Name", "Order taking"], ["RTO", "4 h"], ["Impact grid", "Customer: 60: minor"]] },
    ]);
    // A section reads by its title, as its tab names it.
    expect(find("Sections")?.records[0].label).toBe("Concept of operations");
    expect(find("Sections")?.records[0].fields).toContainEqual(["Body", "Phase one."]);
    expect(find("Threats")).toEqual({ stage: "Risk assessment", title: "Threats", records: [] });
  });
});
