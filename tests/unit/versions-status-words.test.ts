import { describe, expect, it } from "vitest";
import { decisionWords, versionChoiceLabel, versionStatusWords } from "@/lib/versions/status-words";

describe("a version's status and an approver's decision in the pages' words", () => {
  it("says a status as its badge does, and within a sentence in lower case", () => {
    expect(versionStatusWords("submitted")).toBe("Awaiting approval");
    expect(versionStatusWords("superseded")).toBe("Superseded");
    expect(versionStatusWords("submitted", { inSentence: true })).toBe("awaiting approval");
    expect(versionStatusWords("withdrawn", { inSentence: true })).toBe("withdrawn");
  });

  it("says a decision as the version page does", () => {
    expect(decisionWords("approved")).toBe("Approved");
    expect(decisionWords("rejected")).toBe("Rejected");
    expect(decisionWords("rejected", { inSentence: true })).toBe("rejected");
  });

  it("shows a code it has no words for as stored", () => {
    expect(versionStatusWords("on_hold")).toBe("on_hold");
    expect(decisionWords("abstained", { inSentence: true })).toBe("abstained");
  });

  it("names a version to choose by its number and its status within a sentence", () => {
    expect(versionChoiceLabel({ number: 3, status: "submitted" })).toBe("Version 3 (awaiting approval)");
    expect(versionChoiceLabel({ number: 1, status: "approved" })).toBe("Version 1 (approved)");
  });
});
