import { describe, expect, it } from "vitest";
import { idSet, sameSnapshot, writesNothing } from "@/lib/audit/same-snapshot";

describe("sameSnapshot", () => {
  it("reads keys in any order, an absent value as null and a date by its instant as the same", () => {
    expect(sameSnapshot({ a: 1, b: null, at: new Date("2026-03-14T02:00:00Z") }, { at: new Date("2026-03-14T03:00:00+01:00"), a: 1 })).toBe(true);
    expect(sameSnapshot({ grid: { financial: { "60": "minor", "240": "major" } } }, { grid: { financial: { "240": "major", "60": "minor" } } })).toBe(true);
  });

  it("tells any real change apart: a value, a list's order, an empty string from null", () => {
    expect(sameSnapshot({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameSnapshot({ records: ["Price lists", "Orders"] }, { records: ["Orders", "Price lists"] })).toBe(false);
    expect(sameSnapshot({ note: "" }, { note: null })).toBe(false);
    expect(sameSnapshot({ at: new Date("2026-03-14T02:00:00Z") }, { at: new Date("2026-03-14T02:00:01Z") })).toBe(false);
  });

  it("compares a list of ids as a set through idSet", () => {
    expect(sameSnapshot(idSet(["b", "a", "a"]), idSet(["a", "b"]))).toBe(true);
    expect(sameSnapshot(idSet(["a"]), idSet(["a", "b"]))).toBe(false);
  });
});

describe("writesNothing", () => {
  it("compares only the columns the write names with the stored row", () => {
    const stored = { id: "x", version: 3, name: "SQL01", owner: "Alex", updatedAt: new Date() };
    expect(writesNothing(stored, { name: "SQL01", owner: "Alex" })).toBe(true);
    expect(writesNothing(stored, { name: "SQL01", owner: "Priya" })).toBe(false);
  });
});
