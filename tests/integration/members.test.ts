import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/members/add-member";
import { changeRole } from "@/lib/members/change-role";
import { removeMember } from "@/lib/members/remove-member";
import { listMembers } from "@/lib/members/list-members";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { actorForSession } from "@/lib/auth/context";
import { failure, makeOrg, PASSWORD } from "./factories";

async function membershipOf(email: string) {
  return db.membership.findFirstOrThrow({ where: { user: { email } } });
}

/** What a session minted now carries (lib/auth/auth-options.ts, jwt callback). */
async function sessionOf(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId: randomUUID() };
}

describe("members", () => {
  it("adds a member who can then sign in, with an audit row that holds no password", async () => {
    const { orgId, actors } = await makeOrg();
    const email = `new-${orgId}@example.test`;
    await addMember({ actor: actors.admin, input: { email: email.toUpperCase(), name: "New Person", role: "committee", password: "a long enough password" } });
    const membership = await membershipOf(email);
    expect(membership).toMatchObject({ orgId, role: "committee" });
    expect(await verifyCredentials({ email, password: "a long enough password" })).toMatchObject({ email });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "member.added" } });
    expect(audit.after).toEqual({ email, name: "New Person", role: "committee" });
  });

  it("validates every field and names it", async () => {
    const { orgId, actors } = await makeOrg();
    const long = await failure(addMember({ actor: actors.admin, input: { email: `${"x".repeat(12_000)}@fuzz.example`, name: "Eve", role: "committee", password: "a long enough password" } }));
    expect(long.fieldErrors).toEqual({ email: "Keep the e-mail address under 254 characters." });
    const error = await failure(addMember({ actor: actors.admin, input: { email: "not-an-email", name: "", role: "owner", password: "short" } }));
    expect(error.fieldErrors).toEqual({
      email: "Enter a valid e-mail address.",
      name: "Enter the person's name.",
      role: "Choose a role.",
      password: "Use at least 12 characters.",
    });
    expect(await db.membership.count({ where: { orgId } })).toBe(4);
  });

  it("refuses a person who is already a member, here or elsewhere, without naming the other organisation", async () => {
    const a = await makeOrg();
    const b = await makeOrg();
    const error = await failure(
      addMember({ actor: b.actors.admin, input: { email: a.actors.committee.email, name: "Taken", role: "auditor", password: "a long enough password" } }),
    );
    expect(error.fieldErrors).toEqual({
      email: "This address cannot be added. Ask the person for another address, or ask whoever runs this Continuity instance.",
    });
    expect((await membershipOf(a.actors.committee.email)).orgId).toBe(a.orgId);
    const again = await failure(
      addMember({ actor: a.actors.admin, input: { email: a.actors.committee.email, name: "Twice", role: "auditor", password: "a long enough password" } }),
    );
    expect(again.fieldErrors).toEqual({ email: "This person is already a member of this organisation." });
    expect((await membershipOf(a.actors.committee.email)).role).toBe("committee");
  });

  it("changes a role, ends the member's sessions and audits before and after", async () => {
    const { orgId, actors } = await makeOrg();
    const before = await membershipOf(actors.committee.email);
    const session = await sessionOf(actors.committee.email);
    expect(await actorForSession(session)).toMatchObject({ role: "committee" });
    await changeRole({ actor: actors.admin, input: { membershipId: before.id, role: "executive" } });
    const after = await membershipOf(actors.committee.email);
    expect(after.role).toBe("executive");
    expect(await actorForSession(session)).toBeNull();
    expect(await actorForSession(await sessionOf(actors.committee.email))).toMatchObject({ role: "executive" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "member.role_changed" } });
    expect(audit.before).toMatchObject({ role: "committee" });
    expect(audit.after).toMatchObject({ role: "executive" });
  });

  it("never leaves an organisation without an administrator", async () => {
    const { orgId, actors } = await makeOrg();
    const admin = await membershipOf(actors.admin.email);
    expect((await failure(changeRole({ actor: actors.admin, input: { membershipId: admin.id, role: "auditor" } }))).code).toBe("CONFLICT");
    expect((await failure(removeMember({ actor: actors.admin, input: { membershipId: admin.id } }))).code).toBe("CONFLICT");
    expect((await membershipOf(actors.admin.email)).role).toBe("admin");
    expect(await db.auditLog.count({ where: { orgId } })).toBe(0);
  });

  it("lets only one of two admins demote the other at the same time", async () => {
    const { orgId, actors } = await makeOrg();
    const second = await membershipOf(actors.committee.email);
    await changeRole({ actor: actors.admin, input: { membershipId: second.id, role: "admin" } });
    const first = await membershipOf(actors.admin.email);
    const secondActor = { ...actors.committee, role: "admin" as const };
    const results = await Promise.allSettled([
      changeRole({ actor: actors.admin, input: { membershipId: second.id, role: "committee" } }),
      changeRole({ actor: secondActor, input: { membershipId: first.id, role: "committee" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { orgId, role: "admin" } })).toBe(1);
  });

  it("removes a member, who can no longer sign in; other organisations' members are out of reach", async () => {
    const { orgId, actors } = await makeOrg();
    const other = await makeOrg();
    const auditor = await membershipOf(actors.auditor.email);
    const outsider = await membershipOf(other.actors.auditor.email);
    expect((await failure(removeMember({ actor: actors.admin, input: { membershipId: outsider.id } }))).code).toBe("NOT_FOUND");
    await removeMember({ actor: actors.admin, input: { membershipId: auditor.id } });
    expect(await db.membership.findUnique({ where: { id: auditor.id } })).toBeNull();
    expect(await db.membership.findUnique({ where: { id: outsider.id } })).not.toBeNull();
    expect(await verifyCredentials({ email: actors.auditor.email, password: PASSWORD })).toBeNull();
    expect((await listMembers({ actor: actors.admin })).map((m) => m.user.email).sort()).toEqual(
      [actors.admin.email, actors.committee.email, actors.executive.email].sort(),
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "member.removed" } });
    expect(audit.before).toMatchObject({ email: actors.auditor.email, role: "auditor" });
  });

  it("refuses member management to every role but admin", async () => {
    const { actors } = await makeOrg();
    const target = await membershipOf(actors.auditor.email);
    for (const role of ["committee", "executive", "auditor"] as const) {
      expect((await failure(changeRole({ actor: actors[role], input: { membershipId: target.id, role: "admin" } }))).code).toBe("FORBIDDEN");
      expect((await failure(removeMember({ actor: actors[role], input: { membershipId: target.id } }))).code).toBe("FORBIDDEN");
    }
    expect((await membershipOf(actors.auditor.email)).role).toBe("auditor");
  });

  it("never revives a removed member's session when the same address is added again, here or elsewhere", async () => {
    const a = await makeOrg();
    const b = await makeOrg();
    const email = a.actors.executive.email;
    const session = await sessionOf(email);
    expect(await actorForSession(session)).toMatchObject({ orgId: a.orgId });
    await removeMember({ actor: a.actors.admin, input: { membershipId: (await membershipOf(email)).id } });
    expect(await actorForSession(session)).toBeNull();

    await addMember({ actor: a.actors.admin, input: { email, name: "Someone", role: "admin", password: "a long enough password" } });
    expect(await actorForSession(session)).toBeNull();
    await removeMember({ actor: a.actors.admin, input: { membershipId: (await membershipOf(email)).id } });
    await addMember({ actor: b.actors.admin, input: { email, name: "Someone", role: "admin", password: "a long enough password" } });
    expect(await actorForSession(session)).toBeNull();
    expect(await actorForSession(await sessionOf(email))).toMatchObject({ orgId: b.orgId, role: "admin" });
  });

  it("adds an account that outlived its membership as it is: another administrator never overwrites its name or password", async () => {
    const a = await makeOrg();
    const b = await makeOrg();
    const email = a.actors.auditor.email;
    await removeMember({ actor: a.actors.admin, input: { membershipId: (await membershipOf(email)).id } });
    const added = await addMember({ actor: b.actors.admin, input: { email, name: "Renamed By B", role: "committee", password: "b's chosen password" } });
    expect(added).toMatchObject({ name: a.actors.auditor.name, existingPassword: true });
    expect(await membershipOf(email)).toMatchObject({ orgId: b.orgId, role: "committee" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe(a.actors.auditor.name);
    expect(await verifyCredentials({ email, password: PASSWORD })).toMatchObject({ email });
    expect(await verifyCredentials({ email, password: "b's chosen password" })).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: b.orgId, action: "member.added" } });
    expect(audit.after).toEqual({ email, name: a.actors.auditor.name, role: "committee", existingAccount: true });
  });

  it("gives an account with no password (single sign-on only) the initial password when it is added again", async () => {
    const { orgId, actors } = await makeOrg();
    const email = actors.committee.email;
    await removeMember({ actor: actors.admin, input: { membershipId: (await membershipOf(email)).id } });
    await db.user.update({ where: { email }, data: { passwordHash: null } });
    const added = await addMember({ actor: actors.admin, input: { email, name: "Ignored", role: "executive", password: "a long enough password" } });
    expect(added.existingPassword).toBe(false);
    expect(await membershipOf(email)).toMatchObject({ orgId, role: "executive" });
    expect(await verifyCredentials({ email, password: "a long enough password" })).toMatchObject({ email, name: actors.committee.name });
  });
});
