import { describe, expect, it } from "vitest";
import { nothingToAssess } from "@/lib/versions/readiness-claims";

describe("claims about recovery objectives", () => {
  it("says there is nothing to assess without systems or scenarios, and nothing when there is", () => {
    expect(nothingToAssess({ systems: [], scenarios: [] })).toBe("Nothing to assess: no systems or scenarios yet.");
    expect(nothingToAssess({ systems: [], scenarios: [{}] })).toBe("Nothing to assess: no systems yet.");
    expect(nothingToAssess({ systems: [{}], scenarios: [] })).toBe("Nothing to assess: no disaster scenarios yet.");
    expect(nothingToAssess({ systems: [{}], scenarios: [{}] })).toBeNull();
  });
});
