import { describe, expect, it } from "vitest";
import { removalConfirmationBody, roleChangeConfirmation } from "@/lib/members/role-change-confirmation";

const bristol = { planName: "Bristol operations", number: 3 };

describe("which role changes ask for confirmation", () => {
  it("asks before granting administrator rights", () => {
    expect(roleChangeConfirmation({ name: "Sam Carter", from: "committee", to: "admin" })).toMatchObject({
      title: "Make Sam Carter an administrator?",
      confirmLabel: "Make administrator",
    });
  });

  it("asks before taking them away, naming the new role", () => {
    expect(roleChangeConfirmation({ name: "Sam Carter", from: "admin", to: "auditor" })).toMatchObject({
      title: "Take away Sam Carter's administrator rights?",
      confirmLabel: "Change role to Auditor",
    });
  });

  it("applies other changes, and no change, at once", () => {
    expect(roleChangeConfirmation({ name: "Sam Carter", from: "committee", to: "auditor" })).toBeNull();
    expect(roleChangeConfirmation({ name: "Sam Carter", from: "executive", to: "committee" })).toBeNull();
    expect(roleChangeConfirmation({ name: "Sam Carter", from: "admin", to: "admin" })).toBeNull();
  });

  it("asks before an executive who must still decide on a version loses the right to approve, naming the plan and version", () => {
    expect(roleChangeConfirmation({ name: "Sarah Lewis", from: "executive", to: "committee", pending: [bristol] })).toEqual({
      title: "Change Sarah Lewis's role to Committee member?",
      body:
        "Sarah Lewis must still decide on version 3 of “Bristol operations”. As a committee member, they can no longer approve it, so it cannot be approved " +
        "until the committee withdraws it and submits again with other approvers. Their current sessions end; they sign in again.",
      confirmLabel: "Change role to Committee member",
    });
    expect(roleChangeConfirmation({ name: "Sarah Lewis", from: "executive", to: "admin", pending: [bristol, { planName: "Avonmouth cold store", number: 1 }] })?.body).toBe(
      "Sarah Lewis will be able to add and remove members, change anyone's role and change the organisation's settings. " +
        "Sarah Lewis must still decide on version 3 of “Bristol operations” and version 1 of “Avonmouth cold store”. As an administrator, they can no longer approve them, " +
        "so none of them can be approved until the committee withdraws them and submits again with other approvers. Their current sessions end; they sign in again.",
    );
  });

  it("does not warn when the member could not approve before either", () => {
    expect(roleChangeConfirmation({ name: "Sarah Lewis", from: "committee", to: "auditor", pending: [bristol] })).toBeNull();
  });
});

describe("removing a member", () => {
  it("names the versions still waiting for an executive's decision", () => {
    expect(removalConfirmationBody({ name: "Sarah Lewis", orgName: "Harbour Lane", role: "executive", pending: [bristol] })).toBe(
      "Sarah Lewis will no longer be able to sign in to Harbour Lane. Their past changes stay in the audit log. " +
        "Sarah Lewis must still decide on version 3 of “Bristol operations”. Once removed, they can no longer approve it, so it cannot be approved " +
        "until the committee withdraws it and submits again with other approvers.",
    );
    expect(removalConfirmationBody({ name: "Sam Carter", orgName: "Harbour Lane", role: "committee" })).toBe(
      "Sam Carter will no longer be able to sign in to Harbour Lane. Their past changes stay in the audit log.",
    );
  });
});
