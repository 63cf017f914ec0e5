import { describe, expect, it } from "vitest";
import { parseText } from "@/lib/sections/parse-text";

describe("parseText", () => {
  it("splits paragraphs on blank lines and gathers bulleted and numbered lists", () => {
    const text = "The plan covers Bristol.\nIt excludes Avonmouth.\n\n- Staff\n* Data\n\n1. Restore DC01\n2) Restore SQL01\nThen check.";
    expect(parseText(text)).toEqual([
      { type: "paragraph", text: "The plan covers Bristol. It excludes Avonmouth." },
      { type: "bullets", items: ["Staff", "Data"] },
      { type: "numbers", items: ["Restore DC01", "Restore SQL01"], start: 1 },
      { type: "paragraph", text: "Then check." },
    ]);
  });

  it("keeps markup as text", () => {
    expect(parseText("<script>alert(1)</script>")).toEqual([{ type: "paragraph", text: "<script>alert(1)</script>" }]);
    expect(parseText("  \n\n ")).toEqual([]);
  });
});
