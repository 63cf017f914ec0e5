import { describe, expect, it } from "vitest";
import { removalConfirmationBody, roleChangeConfirmation, strandedDecisions, unwarnedDecisionsRefusal, warnedVersionIds } from "@/lib/members/role-change-confirmation";

const bristol = { versionId: "v-bristol-3", planName: "Bristol operations", number: 3 };
const avonmouth = { versionId: "v-avonmouth-1", planName: "Avonmouth cold store", number: 1 };

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
    expect(roleChangeConfirmation({ name: "Sarah Lewis", from: "executive", to: "admin", pending: [bristol, avonmouth] })?.body).toBe(
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

describe("what the confirmation warned of, checked by the server", () => {
  it("is the ids of the versions its warning named, none when the change takes no right to approve away", () => {
    expect(warnedVersionIds(strandedDecisions({ from: "executive", to: "committee", pending: [bristol, avonmouth] }))).toBe("v-bristol-3,v-avonmouth-1");
    expect(warnedVersionIds(strandedDecisions({ from: "executive", to: null, pending: [bristol] }))).toBe("v-bristol-3");
    expect(warnedVersionIds(strandedDecisions({ from: "committee", to: "auditor", pending: [bristol] }))).toBe("");
    expect(warnedVersionIds(strandedDecisions({ from: "executive", to: "committee", pending: [] }))).toBe("");
  });

  it("lets the change go ahead when the warning named every version it strands, or some that are no longer waiting", () => {
    expect(unwarnedDecisionsRefusal({ name: "Sarah Lewis", stranded: [bristol], warned: ["v-bristol-3"], after: "committee" })).toBeNull();
    expect(unwarnedDecisionsRefusal({ name: "Sarah Lewis", stranded: [], warned: ["v-bristol-3"], after: "committee" })).toBeNull();
    expect(unwarnedDecisionsRefusal({ name: "Sarah Lewis", stranded: [], warned: [], after: null })).toBeNull();
  });

  it("refuses a change whose warning missed a version, naming it and giving the warning it should have given", () => {
    expect(unwarnedDecisionsRefusal({ name: "Sarah Lewis", stranded: [bristol], warned: [], after: "committee" })).toBe(
      "Nothing was changed: version 3 of “Bristol operations” was submitted for Sarah Lewis's decision after this page was loaded. " +
        "Sarah Lewis must still decide on version 3 of “Bristol operations”. As a committee member, they can no longer approve it, so it cannot be approved " +
        "until the committee withdraws it and submits again with other approvers. Change the role again to go ahead.",
    );
    expect(unwarnedDecisionsRefusal({ name: "Sarah Lewis", stranded: [bristol, avonmouth], warned: ["v-bristol-3"], after: null })).toBe(
      "Nothing was changed: version 1 of “Avonmouth cold store” was submitted for Sarah Lewis's decision after this page was loaded. " +
        "Sarah Lewis must still decide on version 3 of “Bristol operations” and version 1 of “Avonmouth cold store”. Once removed, they can no longer approve them, " +
        "so none of them can be approved until the committee withdraws them and submits again with other approvers. Remove Sarah Lewis again to go ahead.",
    );
  });
});
