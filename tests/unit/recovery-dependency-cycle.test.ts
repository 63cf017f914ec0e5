import { describe, expect, it } from "vitest";
import { cycleThrough } from "@/lib/recovery/setup/dependency-cycle";

const edges = (list: Record<string, string[]>) => new Map(Object.entries(list));

describe("dependency cycles", () => {
  it("names the loop a new dependency would close, from the system round to itself", () => {
    expect(cycleThrough(edges({ sql: ["dc"], dc: [] }), "dc", ["sql"])).toEqual(["dc", "sql", "dc"]);
    expect(cycleThrough(edges({ app: ["sql"], sql: ["dc"], dc: [] }), "dc", ["app"])).toEqual(["dc", "app", "sql", "dc"]);
  });

  it("finds none in a chain or a diamond, and ignores the system's own saved dependencies", () => {
    expect(cycleThrough(edges({ app: ["sql", "dc"], sql: ["dc"], dc: ["app"] }), "dc", [])).toBeNull();
    expect(cycleThrough(edges({ app: ["sql", "dc"], sql: ["dc"], dc: [] }), "web", ["app", "sql"])).toBeNull();
  });

  it("does not report a loop elsewhere that does not pass through the system", () => {
    expect(cycleThrough(edges({ a: ["b"], b: ["a"], c: [] }), "c", ["a"])).toBeNull();
  });
});
