import { describe, expect, it } from "vitest";
import { losesApproval, lostApprovers, lostApproverWarning, pendingDecisionsWarning } from "@/lib/versions/lost-approvers";

const daniel = { id: "d", name: "Daniel Okafor", role: "executive" as const };
const sarah = { id: "s", name: "Sarah Lewis", role: "committee" as const };
const tom = { id: "t", name: "Tom Reed", role: null };

describe("approvers who can no longer decide a pending version", () => {
  it("are those still to decide who are no longer executives, or no longer members", () => {
    expect(lostApprovers({ required: [daniel, sarah, tom], decidedIds: ["d"] })).toEqual([sarah, tom]);
    // One who decided before losing the role is not waited for.
    expect(lostApprovers({ required: [daniel, sarah], decidedIds: ["s"] })).toEqual([]);
  });

  it("are named on the version with what they became and the way out", () => {
    expect(lostApproverWarning({ number: 3, lost: [sarah] })).toBe(
      "Version 3 cannot be approved: its approver Sarah Lewis is now a committee member and can no longer approve it. " +
        "The committee can withdraw it and submit the plan again with other approvers.",
    );
    expect(lostApproverWarning({ number: 3, lost: [sarah, tom] })).toBe(
      "Version 3 cannot be approved: its approvers Sarah Lewis (now a committee member) and Tom Reed (no longer a member) can no longer approve it. " +
        "The committee can withdraw it and submit the plan again with other approvers.",
    );
    expect(lostApproverWarning({ number: 3, lost: [] })).toBeNull();
  });

  it("are warned about before a removal", () => {
    expect(pendingDecisionsWarning({ name: "Sarah Lewis", pending: [{ versionId: "v3", planName: "Bristol operations", number: 3 }], after: null })).toBe(
      "Sarah Lewis must still decide on version 3 of “Bristol operations”. Once removed, they can no longer approve it, so it cannot be approved " +
        "until the committee withdraws it and submits again with other approvers.",
    );
    expect(pendingDecisionsWarning({ name: "Sarah Lewis", pending: [], after: null })).toBeNull();
  });

  it("are lost only by a change that takes an executive's right to approve away", () => {
    expect(losesApproval({ from: "executive", to: "committee" })).toBe(true);
    expect(losesApproval({ from: "executive", to: "admin" })).toBe(true);
    expect(losesApproval({ from: "executive", to: null })).toBe(true);
    expect(losesApproval({ from: "executive", to: "executive" })).toBe(false);
    expect(losesApproval({ from: "committee", to: "auditor" })).toBe(false);
    expect(losesApproval({ from: "committee", to: null })).toBe(false);
  });
});
