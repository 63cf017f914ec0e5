import { describe, expect, it } from "vitest";
import { nothingToAssess } from "@/lib/versions/readiness-claims";

/** A scenario's system as the engine's assessment stores it: only the targets matter here. */
const system = (rpo: number | null, rto: number | null) => ({ rpo: { target: rpo }, rto: { target: rto } });

describe("claims about recovery objectives", () => {
  it("says there is nothing to assess without systems or scenarios, and nothing when there is", () => {
    expect(nothingToAssess({ systems: [], scenarios: [] })).toBe("Nothing to assess: no systems or scenarios yet.");
    expect(nothingToAssess({ systems: [], scenarios: [{ systems: [], processes: [] }] })).toBe("Nothing to assess: no systems yet.");
    expect(nothingToAssess({ systems: [{}], scenarios: [] })).toBe("Nothing to assess: no disaster scenarios yet.");
    expect(nothingToAssess({ systems: [{}], scenarios: [{ systems: [system(60, 240)], processes: [] }] })).toBeNull();
  });

  // A new plan's VMs imported and its scenarios added before any business function gives them a
  // target: the engine judged nothing, so "every RPO, RTO and MTD was met" would be empty praise.
  it("says there is nothing to assess when no system has a target and no function an MTD", () => {
    const scenarios = [{ systems: [system(null, null), system(null, null)], processes: [{ mtdOk: null }] }];
    expect(nothingToAssess({ systems: [{}, {}], scenarios })).toBe(
      "Nothing to assess: no system has an RPO or RTO target yet (they come from the business functions that need the systems).",
    );
  });

  it("has something to say once one system has one target, or one function's MTD was checked", () => {
    expect(nothingToAssess({ systems: [{}, {}], scenarios: [{ systems: [system(null, null), system(null, 240)], processes: [] }] })).toBeNull();
    expect(nothingToAssess({ systems: [{}], scenarios: [{ systems: [system(null, null)], processes: [{ mtdOk: true }] }] })).toBeNull();
  });
});
