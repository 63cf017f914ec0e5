import { describe, expect, it } from "vitest";
import { rankFunctions, tierFor } from "@/lib/priorities/rank";
import { inheritTargets } from "@/lib/priorities/inherit-targets";

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
