import { describe, expect, it } from "vitest";
import { heatMapGrid, riskScore, scoreBand } from "@/lib/risks/scoring";

describe("risk scoring", () => {
  it("scores likelihood × impact and bands the score", () => {
    expect(riskScore(3, 4)).toBe(12);
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(scoreBand)).toEqual([
      "low", "low", "medium", "medium", "high", "high", "critical", "critical",
    ]);
  });

  it("lays out a 5×5 grid with likelihood 5 on top and impact rising to the right", () => {
    const grid = heatMapGrid([{ likelihood: 5, impact: 1, count: 2 }, { likelihood: 1, impact: 5, count: 1 }]);
    expect(grid).toHaveLength(5);
    expect(grid.every((row) => row.length === 5)).toBe(true);
    expect(grid[0][0]).toEqual({ likelihood: 5, impact: 1, count: 2, band: "medium" });
    expect(grid[4][4]).toEqual({ likelihood: 1, impact: 5, count: 1, band: "medium" });
    expect(grid.flat().reduce((sum, cell) => sum + cell.count, 0)).toBe(3);
  });
});
