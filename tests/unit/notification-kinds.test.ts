import { describe, expect, it } from "vitest";
import { emailFooter, isEmailed, OPTIONAL_EMAIL_KINDS } from "@/lib/notifications/kinds";
import { emailChoices, offKindsOf } from "@/lib/notifications/email-choices";

describe("notification kinds and e-mail choices", () => {
  it("e-mails a kind unless its member turned it off, and incidents always", () => {
    expect(isEmailed("approvals", [])).toBe(true);
    expect(isEmailed("approvals", ["approvals"])).toBe(false);
    expect(isEmailed("reminders", ["approvals"])).toBe(true);
    expect(isEmailed("reminders", ["reminders", "approvals"])).toBe(false);
    expect(isEmailed("incidents", ["incidents"])).toBe(true);
    expect(OPTIONAL_EMAIL_KINDS).not.toContain("incidents");
  });

  it("reads the stored kinds turned off as the form's boxes, and back", () => {
    expect(emailChoices([])).toEqual({ emailApprovals: true, emailReminders: true });
    expect(emailChoices(["reminders"])).toEqual({ emailApprovals: true, emailReminders: false });
    expect(offKindsOf({ emailApprovals: false, emailReminders: false })).toEqual(["approvals", "reminders"]);
    expect(offKindsOf({ emailApprovals: true, emailReminders: true })).toEqual([]);
  });

  it("ends an e-mail with how to stop its kind, or that it cannot be stopped, linking the member's page", () => {
    expect(emailFooter({ base: "https://bcp.example.com", kind: "reminders" })).toBe(
      "You receive this because you are a member in Continuity. To stop e-mails about reminders, turn them off at https://bcp.example.com/account/notifications",
    );
    expect(emailFooter({ base: "", kind: "approvals" })).toContain("To stop e-mails about approvals, turn them off at /account/notifications");
    expect(emailFooter({ base: "https://bcp.example.com", kind: "incidents" })).toBe(
      "You receive this because you are a member in Continuity. E-mails about incidents are always sent; choose which others you are e-mailed at https://bcp.example.com/account/notifications",
    );
  });
});
