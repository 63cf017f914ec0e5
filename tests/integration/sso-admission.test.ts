import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { admitSsoIdentity, type SsoClaims } from "@/lib/auth/admit-sso-identity";
import { makeOrg } from "./factories";

const admit = (claims: SsoClaims, requireVerifiedEmail = true) => admitSsoIdentity({ claims, requireVerifiedEmail });

describe("single sign-on admission", () => {
  it("maps a verified e-mail to its member, whatever the letter case and surrounding spaces", async () => {
    const { actors } = await makeOrg();
    const { email, userId } = actors.executive;
    expect(await admit({ email, email_verified: true })).toEqual({ status: "ok", userId });
    expect(await admit({ email: ` ${email.toUpperCase()} `, email_verified: true })).toEqual({ status: "ok", userId });
    expect(await admit({ email, email_verified: "true" })).toEqual({ status: "ok", userId });
  });

  it("refuses a member's e-mail that the provider did not verify, or did not say it verified", async () => {
    const { actors } = await makeOrg();
    const { email } = actors.admin;
    for (const email_verified of [false, "false", undefined, null, 1]) {
      expect(await admit({ email, email_verified })).toEqual({ status: "email-not-verified" });
    }
  });

  it("without the requirement, accepts a missing flag but still refuses an address marked unverified", async () => {
    const { actors } = await makeOrg();
    const { email, userId } = actors.committee;
    expect(await admit({ email }, false)).toEqual({ status: "ok", userId });
    expect(await admit({ email, email_verified: false }, false)).toEqual({ status: "email-not-verified" });
    expect(await admit({ email, email_verified: "false" }, false)).toEqual({ status: "email-not-verified" });
  });

  it("refuses identities that are no member: unknown address, no address, or a user whose membership was removed", async () => {
    const { actors } = await makeOrg();
    expect(await admit({ email: `nobody-${Date.now()}@example.test`, email_verified: true })).toEqual({ status: "not-member" });
    expect(await admit({ email_verified: true })).toEqual({ status: "not-member" });
    expect(await admit({ email: "not an address", email_verified: true })).toEqual({ status: "not-member" });
    await db.membership.delete({ where: { userId: actors.auditor.userId } });
    expect(await db.user.count({ where: { id: actors.auditor.userId } })).toBe(1);
    expect(await admit({ email: actors.auditor.email, email_verified: true })).toEqual({ status: "not-member" });
  });
});
