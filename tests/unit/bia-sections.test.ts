import { describe, expect, it } from "vitest";
import { parseText } from "@/lib/sections/parse-text";

describe("parseText", () => {
  it("splits paragraphs on blank lines and gathers bulleted and numbered lists", () => {
    const text = "The plan covers Bristol.\nIt excludes Avonmouth.\n\n- Staff\n* Data\n\n1. Restore DC01\n2) Restore SQL01\nThen check.";
    expect(parseText(text)).toEqual([
      { type: "paragraph", text: "The plan covers Bristol. It excludes Avonmouth." },
      { type: "bullets", items: ["Staff", "Data"] },
      { type: "numbers", start: 1, items: ["Restore DC01", "Restore SQL01"] },
      { type: "paragraph", text: "Then check." },
    ]);
  });

  it("keeps each step's written number: a list a paragraph interrupts goes on from it, a list written from 1 again starts again", () => {
    // The activation steps as written on the emergency sheet: step 3 must not read as step 1.
    const text = "1. Whoever notices calls the IT on-call number\n2. The incident manager decides to activate\nPriya calls Tom, Tom calls Sarah.\n3. Customer service tells key customers";
    expect(parseText(text)).toEqual([
      { type: "numbers", start: 1, items: ["Whoever notices calls the IT on-call number", "The incident manager decides to activate"] },
      { type: "paragraph", text: "Priya calls Tom, Tom calls Sarah." },
      { type: "numbers", start: 3, items: ["Customer service tells key customers"] },
    ]);
    expect(parseText("Day one:\n1. Restore DC01\n2. Restore SQL01\n\nDay two:\n1. Restore FILE01")).toEqual([
      { type: "paragraph", text: "Day one:" },
      { type: "numbers", start: 1, items: ["Restore DC01", "Restore SQL01"] },
      { type: "paragraph", text: "Day two:" },
      { type: "numbers", start: 1, items: ["Restore FILE01"] },
    ]);
    expect(parseText("1. Restore DC01\n\n2. Restore SQL01\n\n1. Then the shop")).toEqual([
      { type: "numbers", start: 1, items: ["Restore DC01", "Restore SQL01"] },
      { type: "numbers", start: 1, items: ["Then the shop"] },
    ]);
    expect(parseText("4) Restore PAYROLL")).toEqual([{ type: "numbers", start: 4, items: ["Restore PAYROLL"] }]);
  });

  it("keeps markup as text", () => {
    expect(parseText("<script>alert(1)</script>")).toEqual([{ type: "paragraph", text: "<script>alert(1)</script>" }]);
    expect(parseText("  \n\n ")).toEqual([]);
  });
});
