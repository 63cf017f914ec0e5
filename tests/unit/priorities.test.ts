import { describe, expect, it } from "vitest";
import { rankFunctions, tierFor } from "@/lib/priorities/rank";
import { inheritTargets } from "@/lib/priorities/inherit-targets";
import { checkHandTier } from "@/lib/priorities/tier-check";

const fn = (id: string, mtdMinutes: number | null, costPerHour: number | null, manualRank: number | null = null) => ({
  id,
  name: id,
  mtdMinutes,
  costPerHour,
  manualRank,
});

describe("rankFunctions", () => {
  it("orders by MTD, then cost per hour, then name; unset values last", () => {
    const ranked = rankFunctions([fn("payroll", 4320, 200), fn("orders", 240, 5000), fn("dispatch", 240, 8000), fn("misc", null, 100), fn("aaa", 240, 8000)]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ["aaa", 1],
      ["dispatch", 2],
      ["orders", 3],
      ["payroll", 4],
      ["misc", 5],
    ]);
  });

  it("puts a manual rank at its position and keeps the computed rank alongside", () => {
    const ranked = rankFunctions([fn("a", 60, 1), fn("b", 120, 1), fn("c", 240, 1, 1), fn("d", 480, 1, 99)]);
    expect(ranked.map((r) => `${r.id}:${r.rank}/${r.computedRank}${r.overridden ? "*" : ""}`)).toEqual(["c:1/3*", "a:2/1", "b:3/2", "d:4/4*"]);
  });
});

describe("tierFor", () => {
  const tiers = [
    { id: "t2", name: "Tier 2", maxRtoMinutes: 4320 },
    { id: "t0", name: "Tier 0", maxRtoMinutes: 240 },
    { id: "t1", name: "Tier 1", maxRtoMinutes: 1440 },
  ];
  it("picks the tightest tier the RTO fits in", () => {
    expect(tierFor(240, tiers)?.id).toBe("t0");
    expect(tierFor(241, tiers)?.id).toBe("t1");
    expect(tierFor(5000, tiers)).toBeNull();
    expect(tierFor(null, tiers)).toBeNull();
  });
});

describe("inheritTargets", () => {
  it("takes the tightest RTO and RPO, each with the function it came from", () => {
    const result = inheritTargets([
      { id: "1", name: "Invoicing", rtoMinutes: 1440, rpoMinutes: 60 },
      { id: "2", name: "Order taking", rtoMinutes: 240, rpoMinutes: 240 },
      { id: "3", name: "Audit prep", rtoMinutes: null, rpoMinutes: 60 },
    ]);
    expect(result).toEqual({
      rto: { minutes: 240, functionId: "2", functionName: "Order taking" },
      rpo: { minutes: 60, functionId: "3", functionName: "Audit prep" },
    });
    expect(inheritTargets([])).toEqual({ rto: null, rpo: null });
  });
});

describe("checkHandTier", () => {
  const tier0 = { id: "t0", name: "Tier 0", maxRtoMinutes: 240 };
  const tier1 = { id: "t1", name: "Tier 1", maxRtoMinutes: 1440 };
  const tier3 = { id: "t3", name: "Tier 3", maxRtoMinutes: 4320 };
  const tiers = [tier3, tier0, tier1];

  it("warns when a tier set by hand is looser than the one the RTO gives", () => {
    expect(checkHandTier(240, tier3, tiers)).toEqual({
      code: "tier_looser_than_rto",
      level: "warning",
      message: "Tier 3 allows up to 3 days, but the RTO is 4 h (Tier 0, up to 4 h): recovered with Tier 3, it may miss its RTO.",
    });
  });

  it("notes, as information, a tier whose limit is shorter than the RTO", () => {
    expect(checkHandTier(1440, tier0, tiers)).toEqual({
      code: "tier_tighter_than_rto",
      level: "info",
      message: "RTO 1 day is longer than Tier 0's limit of 4 h: the tier recovers it sooner than its RTO needs.",
    });
    // Beyond every tier: any tier set by hand is tighter.
    expect(checkHandTier(10080, tier3, tiers)?.code).toBe("tier_tighter_than_rto");
  });

  it("says nothing for the RTO's own tier, a tier within the RTO's, no RTO or no tier by hand", () => {
    expect(checkHandTier(240, tier0, tiers)).toBeNull();
    expect(checkHandTier(300, tier1, tiers)).toBeNull();
    expect(checkHandTier(null, tier3, tiers)).toBeNull();
    expect(checkHandTier(240, null, tiers)).toBeNull();
  });
});
