import { describe, expect, it } from "vitest";
import { changedExcerpts, clipText } from "@/lib/changed-excerpts";

const PURPOSE = "This plan lets Harbour Lane Foods keep taking, picking and delivering trade orders from Bristol after a disruption. ".repeat(3).trim();

describe("changed excerpts", () => {
  it("leaves texts that fit as they are, and cuts one that does not from its start", () => {
    expect(changedExcerpts("4 h", "1 day", 20)).toEqual(["4 h", "1 day"]);
    expect(clipText("x".repeat(30), 20)).toBe(`${"x".repeat(19)}…`);
    expect(changedExcerpts("short", "y".repeat(30), 20)).toEqual(["short", `${"y".repeat(19)}…`]);
  });

  it("shows a sentence added at the end of a long text on both sides, not the same opening twice", () => {
    const [before, after] = changedExcerpts(PURPOSE, `${PURPOSE} Reviewed in November 2026.`, 120);
    expect(before).not.toBe(after);
    expect(after.endsWith("Bristol after a disruption. Reviewed in November 2026.")).toBe(true);
    expect(before.endsWith("Bristol after a disruption.")).toBe(true);
    expect(before.startsWith("…")).toBe(true);
    expect([...before].length).toBeLessThanOrEqual(120);
    expect([...after].length).toBeLessThanOrEqual(120);
  });

  it("shows a word changed in the middle of a long text with some words before it, cut at both ends", () => {
    const changed = PURPOSE.replace("picking and delivering trade orders from Bristol after a disruption. This plan lets Harbour Lane Foods keep taking, picking", "picking and delivering trade orders from Bristol after a disruption. This plan lets Harbour Lane Foods keep taking, packing");
    const [before, after] = changedExcerpts(PURPOSE, changed, 80);
    expect(before).toMatch(/^….*keep taking, picking.*…$/);
    expect(after).toMatch(/^….*keep taking, packing.*…$/);
    expect([...before]).toHaveLength(80);
  });

  it("cuts two long texts that read the same from their start", () => {
    expect(changedExcerpts(PURPOSE, PURPOSE, 40)).toEqual([clipText(PURPOSE, 40), clipText(PURPOSE, 40)]);
  });
});
