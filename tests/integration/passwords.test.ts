import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { actorForSession } from "@/lib/auth/context";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { THROTTLE } from "@/lib/auth/throttle";
import { changeOwnPassword } from "@/lib/members/change-own-password";
import { resetPassword } from "@/lib/members/reset-password";
import { hasPassword } from "@/lib/members/has-password";
import { failure, makeOrg, PASSWORD } from "./factories";

async function sessionOf(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return { userId, sessionVersion: user.sessionVersion, sessionId: randomUUID() };
}

const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({ currentPassword, newPassword, confirmPassword });

describe("changing one's own password", () => {
  it("needs the current password, ends every session and hands back the version for the one that goes on", async () => {
    const { orgId, actors } = await makeOrg();
    const me = actors.auditor;
    const other = await sessionOf(me.userId);
    const { sessionVersion } = await changeOwnPassword({ actor: me, input: change(PASSWORD, "a brand new password") });
    expect(await verifyCredentials({ email: me.email, password: "a brand new password" })).toMatchObject({ email: me.email });
    expect(await verifyCredentials({ email: me.email, password: PASSWORD })).toBeNull();
    expect(await actorForSession(other)).toBeNull();
    expect(await actorForSession({ userId: me.userId, sessionVersion, sessionId: randomUUID() })).toMatchObject({ userId: me.userId });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "member.password_changed" } });
    expect(audit).toMatchObject({ actorId: me.userId, entityId: me.userId, after: { email: me.email } });
    expect(JSON.stringify(audit)).not.toContain("brand new");
  });

  it("names each field that is wrong, and changes nothing", async () => {
    const { orgId, actors } = await makeOrg();
    const me = actors.committee;
    const before = await db.user.findUniqueOrThrow({ where: { id: me.userId } });
    const cases: [Record<string, string>, Record<string, string>][] = [
      [change("", "short"), { currentPassword: "Enter your current password.", newPassword: "Use at least 12 characters." }],
      [change(PASSWORD, "a brand new password", "a brand new passwort"), { confirmPassword: "Enter the same new password twice." }],
      [change(PASSWORD, PASSWORD), { newPassword: "Choose a password other than your current one." }],
      [change("not my password", "a brand new password"), { currentPassword: "That is not your current password." }],
    ];
    for (const [input, fieldErrors] of cases) {
      expect((await failure(changeOwnPassword({ actor: me, input }))).fieldErrors).toEqual(fieldErrors);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: me.userId } })).toEqual(before);
    expect(await db.auditLog.count({ where: { orgId } })).toBe(0);
  });

  it("counts a wrong current password as a failed sign-in, so it cannot be guessed from an open session", async () => {
    const { actors } = await makeOrg();
    const me = actors.executive;
    for (let i = 0; i < THROTTLE.perAccount; i++) await failure(changeOwnPassword({ actor: me, input: change(`guess ${i}`, "a brand new password") }));
    const refused = await failure(changeOwnPassword({ actor: me, input: change(PASSWORD, "a brand new password") }));
    expect(refused.message).toBe("Too many wrong passwords. Wait 15 minutes, then try again.");
    expect(await verifyCredentials({ email: me.email, password: PASSWORD })).toMatchObject({ email: me.email });
  }, 60_000);

  it("is not offered to a single sign-on account, which has no password here", async () => {
    const { actors } = await makeOrg();
    const me = actors.executive;
    expect(await hasPassword({ actor: me })).toBe(true);
    await db.user.update({ where: { id: me.userId }, data: { passwordHash: null } });
    expect(await hasPassword({ actor: me })).toBe(false);
    expect((await failure(changeOwnPassword({ actor: me, input: change("anything", "a brand new password") }))).code).toBe("CONFLICT");
    expect((await db.user.findUniqueOrThrow({ where: { id: me.userId } })).passwordHash).toBeNull();
  });
});

describe("an administrator resetting a member's password", () => {
  it("sets a temporary password, ends the member's sessions and audits it without the password", async () => {
    const { orgId, actors } = await makeOrg();
    const membership = await db.membership.findFirstOrThrow({ where: { userId: actors.committee.userId } });
    const session = await sessionOf(actors.committee.userId);
    expect(await resetPassword({ actor: actors.admin, input: { membershipId: membership.id, password: "a temporary password" } })).toEqual({
      name: actors.committee.name,
    });
    expect(await verifyCredentials({ email: actors.committee.email, password: "a temporary password" })).toMatchObject({ email: actors.committee.email });
    expect(await actorForSession(session)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "member.password_reset" } });
    expect(audit).toMatchObject({ actorId: actors.admin.userId, entityId: membership.id, after: { email: actors.committee.email } });
    expect(JSON.stringify(audit)).not.toContain("temporary");
  });

  it("is for administrators, inside their organisation, and not for their own password", async () => {
    const { actors } = await makeOrg();
    const other = await makeOrg();
    const own = await db.membership.findFirstOrThrow({ where: { userId: actors.admin.userId } });
    const target = await db.membership.findFirstOrThrow({ where: { userId: actors.auditor.userId } });
    const outsider = await db.membership.findFirstOrThrow({ where: { userId: other.actors.auditor.userId } });
    const input = (membershipId: string, password = "a temporary password") => ({ membershipId, password });
    for (const role of ["committee", "executive", "auditor"] as const) {
      expect((await failure(resetPassword({ actor: actors[role], input: input(target.id) }))).code).toBe("FORBIDDEN");
    }
    expect((await failure(resetPassword({ actor: actors.admin, input: input(outsider.id) }))).code).toBe("NOT_FOUND");
    expect((await failure(resetPassword({ actor: actors.admin, input: input(own.id) }))).code).toBe("CONFLICT");
    expect((await failure(resetPassword({ actor: actors.admin, input: input(target.id, "short") }))).fieldErrors).toEqual({ password: "Use at least 12 characters." });
    for (const actor of [actors.auditor, other.actors.auditor, actors.admin]) {
      expect(await verifyCredentials({ email: actor.email, password: PASSWORD })).toMatchObject({ email: actor.email });
    }
  });
});
