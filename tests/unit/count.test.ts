import { describe, expect, it } from "vitest";
import { count } from "@/lib/count";

describe("counts", () => {
  it("puts the noun in the right number", () => {
    expect(count(1, "day")).toBe("1 day");
    expect(count(0, "day")).toBe("0 days");
    expect(count(3, "test")).toBe("3 tests");
    expect(count(2, "person", "people")).toBe("2 people");
  });
});
