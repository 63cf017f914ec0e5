import { describe, expect, it } from "vitest";
import { reportVersionOptions } from "@/lib/reports/report-version-options";

describe("the versions a report can be made of, as its form offers them", () => {
  it("names each version with its status in the pages' words, then the draft", () => {
    expect(reportVersionOptions([{ number: 3, status: "submitted" }, { number: 2, status: "approved" }, { number: 1, status: "superseded" }])).toEqual([
      { value: "3", label: "Version 3 (awaiting approval)" },
      { value: "2", label: "Version 2 (approved)" },
      { value: "1", label: "Version 1 (superseded)" },
      { value: "draft", label: "Current draft (watermarked DRAFT)" },
    ]);
  });
});
