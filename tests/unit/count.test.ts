import { describe, expect, it } from "vitest";
import { count, fewOf } from "@/lib/count";

describe("counts", () => {
  it("puts the noun in the right number", () => {
    expect(count(1, "day")).toBe("1 day");
    expect(count(0, "day")).toBe("0 days");
    expect(count(3, "test")).toBe("3 tests");
    expect(count(2, "person", "people")).toBe("2 people");
  });

  it("keeps a long list of names short: the first few and how many more", () => {
    expect(fewOf([])).toBe("");
    expect(fewOf(["WMS"])).toBe("WMS");
    expect(fewOf(["WMS", "PRINT01"])).toBe("WMS and PRINT01");
    expect(fewOf(["A", "B", "C", "D", "E"])).toBe("A, B, C, D and E");
    expect(fewOf(["A", "B", "C", "D", "E", "F", "G"])).toBe("A, B, C, D, E and 2 more");
    expect(fewOf(["A", "B", "C"], 2)).toBe("A, B and 1 more");
  });
});
