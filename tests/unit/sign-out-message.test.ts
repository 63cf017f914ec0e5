import { describe, expect, it } from "vitest";
import { unrecordedSignOutMessage } from "@/lib/auth/sign-out-message";

describe("what Sign out says when it could not record the end of the session", () => {
  const usableUntil = new Date("2026-11-29T09:30:00Z");

  it("says the person is signed out here, why it was not recorded, until when a copy counts, and what to do", () => {
    expect(unrecordedSignOutMessage({ reason: "unavailable", usableUntil, timeZone: "Europe/London" })).toBe(
      "You are signed out on this computer, but Continuity could not record it because its database is unavailable: a copy of this browser's session could still be used until 29 Nov 2026, 09:30. Sign in and out again once Continuity is back, or change your password.",
    );
  });

  it("does not blame the database for another failure", () => {
    expect(unrecordedSignOutMessage({ reason: "error", usableUntil, timeZone: "Europe/London" })).toBe(
      "You are signed out on this computer, but Continuity could not record it: a copy of this browser's session could still be used until 29 Nov 2026, 09:30. Sign in and out again later, or change your password.",
    );
  });
});
