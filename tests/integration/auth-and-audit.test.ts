import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createPlan } from "@/lib/plans/create-plan";
import { listAudit } from "@/lib/audit/list-audit";
import { authOptions } from "@/lib/auth/auth-options";
import { getServerSession } from "next-auth/next";
import { decode } from "next-auth/jwt";
import { mintSession, nowSeconds, SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { failure, makeOrg, PASSWORD } from "./factories";

describe("sign-in credentials", () => {
  it("accepts the right password and refuses everything else the same way", async () => {
    const { actors } = await makeOrg();
    const email = actors.committee.email;
    expect(await verifyCredentials({ email: email.toUpperCase(), password: PASSWORD })).toEqual({
      id: actors.committee.userId,
      email,
      name: actors.committee.name,
    });
    expect(await verifyCredentials({ email, password: `${PASSWORD}!` })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.test", password: PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email, password: "" })).toBeNull();
  });
});

describe("next-auth's redirects", () => {
  it("stay on this origin however the callbackUrl is spelled", async () => {
    const redirect = authOptions().callbacks!.redirect!;
    const baseUrl = "https://continuity.example";
    const to = (url: string) => redirect({ url, baseUrl });
    expect(await to(`${baseUrl}/plans/abc`)).toBe(`${baseUrl}/plans/abc`);
    expect(await to("/signin")).toBe(`${baseUrl}/signin`);
    for (const hostile of ["/..//evil.example/phish", `${baseUrl}/..//evil.example/`, "/%2e%2e//evil.example/", `${baseUrl}//evil.example`, "https://evil.example/"]) {
      expect(await to(hostile), hostile).toBe(`${baseUrl}/plans`);
    }
  });
});

describe("a session past its absolute end", () => {
  const secret = process.env.NEXTAUTH_SECRET!;
  const hour = 3600;

  /** What next-auth's own GET /api/auth/session (and getServerSession) answers for a cookie, and the cookie it sets. */
  async function readSession(token: string) {
    const headers: Record<string, string[]> = {};
    const res = { getHeader: (name: string) => headers[name], setHeader: (name: string, value: string[]) => void (headers[name] = value) };
    const req = { headers: {}, cookies: { [SESSION_COOKIE]: token } };
    const session = await getServerSession(req as never, res as never, authOptions());
    const cookie = headers["Set-Cookie"]?.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    return { userId: session?.userId, reissued: cookie ? decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1).split(";")[0]) : undefined };
  }

  it("names no member, however its cookie was kept alive", async () => {
    const { actors } = await makeOrg();
    const { id, sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: actors.committee.userId }, select: { id: true, sessionVersion: true } });
    const signedIn = (hoursAgo: number, maxAge: number) => mintSession({ claims: { sub: id, sessionVersion, sid: randomUUID(), signedInAt: nowSeconds() - hoursAgo * hour }, secret, maxAge });

    // Five minutes before its 24 hours are up, next-auth's session endpoint hands back a cookie good for 8 more hours.
    const nearTheEnd = await readSession(await signedIn(24 - 5 / 60, 5 * 60));
    expect(nearTheEnd.userId).toBe(id);
    const reissued = await decode({ token: nearTheEnd.reissued!, secret });
    expect(Number(reissued?.exp)).toBeGreaterThan(Number(reissued?.signedInAt) + 24 * hour);

    expect((await readSession(await signedIn(1, 8 * hour))).userId).toBe(id);
    expect((await readSession(await signedIn(25, 8 * hour))).userId).toBeUndefined();
  });
});

describe("audit log", () => {
  it("is append-only in the database itself", async () => {
    const { orgId, actors } = await makeOrg();
    await createPlan({ actor: actors.committee, input: { name: "Audited" } });
    const row = await db.auditLog.findFirstOrThrow({ where: { orgId } });
    const update = await failure(db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } }));
    expect(update.message).toMatch(/append-only/);
    const remove = await failure(db.auditLog.delete({ where: { id: row.id } }));
    expect(remove.message).toMatch(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: "plan.created" });
  });

  it("lists only the organisation's own entries, newest first, to roles that may read it", async () => {
    const a = await makeOrg();
    const b = await makeOrg();
    await createPlan({ actor: a.actors.committee, input: { name: "One" } });
    await createPlan({ actor: a.actors.committee, input: { name: "Two" } });
    await createPlan({ actor: b.actors.committee, input: { name: "Other org" } });
    const { rows, total } = await listAudit({ actor: a.actors.auditor, query: {} });
    expect(total).toBe(2);
    expect(rows.map((r) => (r.after as { name: string }).name)).toEqual(["Two", "One"]);
    expect((await listAudit({ actor: a.actors.admin, query: { q: "nothing-matches" } })).total).toBe(0);
    expect((await failure(listAudit({ actor: a.actors.committee, query: {} }))).code).toBe("FORBIDDEN");
  });
});
