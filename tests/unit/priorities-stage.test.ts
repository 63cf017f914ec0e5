import { describe, expect, it } from "vitest";
import { prioritiesStage, type PriorityFacts } from "@/lib/priorities/priorities-stage";

const fn = (name: string, facts: Partial<PriorityFacts> = {}): PriorityFacts => ({ name, mtdMinutes: 480, rtoMinutes: 240, manualRank: null, tierId: null, ...facts });
const tiers = [
  { id: "t0", name: "Tier 0", maxRtoMinutes: 240 },
  { id: "t1", name: "Tier 1", maxRtoMinutes: 1440 },
];

describe("the priorities stage on the overview", () => {
  it("counts a ranked function without tiers as started, and asks for the tiers", () => {
    // Riverside Dental: one function with its MTD and RTO, ranked first, and no tiers yet.
    expect(prioritiesStage({ functions: [fn("Patient appointments")], tiers: [] })).toEqual({
      completeness: 100 / 3,
      todo: ["Define the recovery tiers (for example Tier 0 within 4 h, Tier 1 within a day), so each function falls into one."],
    });
  });

  it("is complete when every function is ranked and falls into a tier, by its RTO or by hand", () => {
    const functions = [fn("Patient appointments"), fn("Billing", { rtoMinutes: 1440 }), fn("Payroll", { rtoMinutes: 4320, tierId: "t1" })];
    expect(prioritiesStage({ functions, tiers })).toEqual({ completeness: 100, todo: [] });
  });

  it("names the functions with nothing to rank them by, and those no tier holds", () => {
    const functions = [
      fn("Patient appointments"),
      fn("Lab orders", { mtdMinutes: null, rtoMinutes: null }),
      fn("Recall letters", { mtdMinutes: null, manualRank: 3, rtoMinutes: 10080 }),
      fn("Payroll", { rtoMinutes: 4320 }),
    ];
    const { completeness, todo } = prioritiesStage({ functions, tiers });
    // Ranked 3 of 4, tiers defined, 1 of 4 in a tier.
    expect(completeness).toBeCloseTo((100 * (3 / 4 + 1 + 1 / 4)) / 3);
    expect(todo).toEqual([
      "Set the MTD of Lab orders in the impact analysis, or rank it by hand, so it is ranked by criticality.",
      "Put Lab orders, Recall letters and Payroll in a recovery tier: give them an RTO within a tier's limit, or set the tier by hand.",
    ]);
  });

  it("is not started without functions, and shortens a long list of names", () => {
    expect(prioritiesStage({ functions: [], tiers })).toEqual({ completeness: 0, todo: [] });
    const unranked = ["A", "B", "C", "D", "E"].map((name) => fn(name, { mtdMinutes: null }));
    expect(prioritiesStage({ functions: unranked, tiers }).todo[0]).toBe(
      "Set the MTD of A, B, C and 2 more in the impact analysis, or rank them by hand, so they are ranked by criticality.",
    );
  });
});
