import { describe, expect, it } from "vitest";
import { overallCompleteness, stageStatuses } from "@/lib/plans/stages";

describe("plan stages", () => {
  it("clamps each stage to 0–100 and averages them", () => {
    const stages = stageStatuses({ committee: 100, risks: 150, bia: -5, tests: 49.6 });
    expect(stages.map((s) => s.completeness)).toEqual([100, 100, 0, 0, 0, 0, 50, 0, 0]);
    expect(overallCompleteness(stages)).toBe(28);
  });

  it("carries a stage's note, when its feature gives one", () => {
    const stages = stageStatuses({ approval: 50 }, { approval: "Version 1 awaits approval; no version has been approved yet." });
    expect(stages.find((s) => s.key === "approval")?.note).toBe("Version 1 awaits approval; no version has been approved yet.");
    expect(stages.find((s) => s.key === "tests")?.note).toBeNull();
  });
});
