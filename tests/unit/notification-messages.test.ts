import { describe, expect, it } from "vitest";
import { archivedWithdrawalMessage, asSentence, decisionMessage, lostApproverMessage } from "@/lib/notifications/messages";

describe("notification messages", () => {
  it("ends a comment with one full stop, never two", () => {
    expect(asSentence("Test the ransomware scenario first.")).toBe("Test the ransomware scenario first.");
    expect(asSentence("Test it first")).toBe("Test it first.");
    expect(asSentence("Why was it never tested? ")).toBe("Why was it never tested?");
    expect(asSentence("Say “no.”")).toBe("Say “no.”");
  });

  it("tells the submitter who rejected a version and why, or that it was approved", () => {
    expect(decisionMessage({ number: 2, planName: "Bristol", outcome: "rejected", by: "Sarah Lewis", comment: "Test the ransomware scenario first." })).toBe(
      "Version 2 of “Bristol” was rejected by Sarah Lewis: Test the ransomware scenario first.",
    );
    expect(decisionMessage({ number: 1, planName: "Bristol", outcome: "approved", by: "Daniel Okafor", comment: undefined })).toBe("Version 1 of “Bristol” was approved.");
  });

  it("tells the submitter when a version can no longer be approved, or was withdrawn by archiving its plan", () => {
    expect(lostApproverMessage({ number: 3, planName: "Bristol operations", approver: "Sarah Lewis", standing: "now a committee member" })).toBe(
      "Sarah Lewis is now a committee member and can no longer approve version 3 of “Bristol operations”: withdraw it and submit again with other approvers.",
    );
    expect(archivedWithdrawalMessage({ number: 1, planName: "Avonmouth cold store" })).toBe(
      "Version 1 of “Avonmouth cold store” was withdrawn from approval: the plan was archived.",
    );
  });
});
