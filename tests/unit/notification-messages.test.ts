import { describe, expect, it } from "vitest";
import { archivedWithdrawalMessage, asSentence, decisionMessage, incidentDeclaredMessage, incidentStoodDownMessage, lostApproverMessage } from "@/lib/notifications/messages";

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

  it("tells the submitter of an approved version each approver's note, and nothing of an approval without one", () => {
    const notes = [
      { by: "Sarah Lewis", comment: "Update the call tree by March" },
      { by: "Daniel Okafor", comment: "" },
    ];
    expect(decisionMessage({ number: 4, planName: "Bristol", outcome: "approved", by: "Daniel Okafor", comment: "", notes })).toBe(
      "Version 4 of “Bristol” was approved. Sarah Lewis noted: Update the call tree by March.",
    );
  });

  it("tells the submitter when a version can no longer be approved, or was withdrawn by archiving its plan", () => {
    expect(lostApproverMessage({ number: 3, planName: "Bristol operations", approver: "Sarah Lewis", standing: "now a committee member" })).toBe(
      "Sarah Lewis is now a committee member and can no longer approve version 3 of “Bristol operations”: withdraw it and submit again with other approvers.",
    );
    expect(archivedWithdrawalMessage({ number: 1, planName: "Avonmouth cold store" })).toBe(
      "Version 1 of “Avonmouth cold store” was withdrawn from approval: the plan was archived.",
    );
  });

  it("tells the organisation an incident was declared under a plan, under which scenario, when and by whom", () => {
    const declaredAt = new Date("2026-12-04T07:10:00Z");
    expect(incidentDeclaredMessage({ planName: "Bristol operations", title: "Head office flooded", scenarioName: "Bristol site lost", declaredAt, declaredBy: "Daniel Okafor" })).toBe(
      "Incident declared under “Bristol operations”: Head office flooded (scenario Bristol site lost). Declared 4 Dec 2026, 07:10 UTC by Daniel Okafor.",
    );
    expect(incidentDeclaredMessage({ planName: "Bristol operations", title: "Power cut", scenarioName: "", declaredAt, declaredBy: "Duty manager" })).toBe(
      "Incident declared under “Bristol operations”: Power cut. Declared 4 Dec 2026, 07:10 UTC by Duty manager.",
    );
  });

  it("tells the organisation an incident was stood down, and how long it lasted", () => {
    expect(
      incidentStoodDownMessage({ planName: "Bristol operations", title: "Head office flooded", declaredAt: new Date("2026-12-04T07:10:00Z"), stoodDownAt: new Date("2026-12-04T18:15:00Z") }),
    ).toBe("Incident stood down under “Bristol operations”: Head office flooded, after 11 hours 5 minutes.");
  });
});
