import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getServerSession } from "next-auth/next";
import { decode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/auth-options";
import { actorForSession } from "@/lib/auth/context";
import { mintSession, nowSeconds, renewedSession, SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { signOutEverywhere } from "@/lib/members/sign-out-everywhere";
import { signOutSession } from "@/lib/auth/sign-out-session";
import { POST as signOutRoute } from "@/app/api/sign-out/route";
import { scriptClient } from "../../scripts/lib/prisma";
import { failure, makeOrg } from "./factories";

const secret = process.env.NEXTAUTH_SECRET!;
const hour = 3600;

/** A session as a password sign-in mints it: next-auth's jwt callback, then its encoding. */
async function signIn(user: { userId: string; name: string; email: string }): Promise<string> {
  const token = await authOptions().callbacks!.jwt!({
    token: { name: user.name, email: user.email },
    user: { id: user.userId, name: user.name, email: user.email },
    account: { provider: "credentials", type: "credentials", providerAccountId: user.userId },
  });
  return mintSession({ claims: token, secret, maxAge: 8 * hour });
}

/**
 * The member a cookie names, read the way every page, action and route reads it (currentActor):
 * next-auth's session from the cookie, then the member from Postgres.
 */
async function actorOf(cookie: string) {
  const res = { getHeader: () => undefined, setHeader: () => undefined };
  const session = await getServerSession({ headers: {}, cookies: { [SESSION_COOKIE]: cookie } } as never, res as never, authOptions());
  if (!session?.userId || !session.sessionId) return null;
  return actorForSession({ userId: session.userId, sessionVersion: session.sessionVersion, sessionId: session.sessionId });
}

/** What next-auth does with the cookie when its sign-out (POST /api/auth/signout, CSRF-checked) is asked for. */
async function signOut(cookie: string) {
  const token = (await decode({ token: cookie, secret })) as JWT;
  await authOptions().events!.signOut!({ token, session: null as never });
}

describe("signing out", () => {
  it("has an id for each session, password or single sign-on, that the other sessions do not share", async () => {
    const { actors } = await makeOrg();
    const me = actors.admin;
    const jwt = authOptions().callbacks!.jwt!;
    const viaProvider = await jwt({
      token: {},
      user: { id: "provider-subject" },
      account: { provider: "oidc", type: "oauth", providerAccountId: "provider-subject" },
      profile: { email: me.email, email_verified: true } as never,
    });
    const passwords = await Promise.all([signIn(me), signIn(me)]).then((cookies) => Promise.all(cookies.map((token) => decode({ token, secret }))));
    const ids = [viaProvider, ...passwords].map((token) => token?.sid);
    expect(viaProvider.sub).toBe(me.userId);
    expect(ids.every((id) => typeof id === "string" && id.length >= 32)).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });

  it("ends that session on the server, so a copy of its cookie is refused, and the person's other sessions go on", async () => {
    const { actors } = await makeOrg();
    const me = actors.committee;
    const laptop = await signIn(me);
    const phone = await signIn(me);
    expect(await actorOf(laptop)).toMatchObject({ userId: me.userId });
    expect(await actorOf(phone)).toMatchObject({ userId: me.userId });

    const copied = laptop;
    await signOut(laptop);
    expect(await actorOf(copied)).toBeNull();
    // Renewed by the proxy (it reads no database), the copy stays ended.
    const renewed = await renewedSession({ token: copied, secret, lifetime: { idleSeconds: 8 * hour, absoluteSeconds: 24 * hour }, now: nowSeconds() + 10 * 60, renewAfterSeconds: 5 * 60 });
    expect(await actorOf(renewed!.token)).toBeNull();
    expect(await actorOf(phone)).toMatchObject({ userId: me.userId });

    // The row lives until the session would have ended anyway, 24 hours after sign-in.
    const { signedInAt } = (await decode({ token: laptop, secret }))!;
    const rows = await db.endedSession.findMany({ where: { userId: me.userId } });
    expect(rows.map((r) => r.endsAt.getTime())).toEqual([(Number(signedInAt) + 24 * hour) * 1000]);
  });

  it("refuses a session that carries no id (minted before sessions had one), which no sign-out could end", async () => {
    const { actors } = await makeOrg();
    const me = await db.user.findUniqueOrThrow({ where: { id: actors.auditor.userId }, select: { id: true, sessionVersion: true } });
    const old = await mintSession({ claims: { sub: me.id, sessionVersion: me.sessionVersion, signedInAt: nowSeconds() }, secret, maxAge: 8 * hour });
    expect(await actorOf(old)).toBeNull();
  });

  it("purges the ended sessions past their end as it records one", async () => {
    const { actors } = await makeOrg();
    const me = actors.executive;
    const past = new Date(Date.now() - hour * 1000);
    const future = new Date(Date.now() + hour * 1000);
    await db.endedSession.createMany({
      data: [
        { id: `gone-${me.userId}`, userId: me.userId, endsAt: past },
        { id: `kept-${me.userId}`, userId: me.userId, endsAt: future },
      ],
    });
    const session = await signIn(me);
    await signOut(session);
    await signOut(session);
    const rows = await db.endedSession.findMany({ where: { userId: me.userId }, orderBy: { endsAt: "asc" } });
    expect(rows.map((r) => r.id)).toEqual([`kept-${me.userId}`, String((await decode({ token: session, secret }))!.sid)]);
    expect(await actorOf(session)).toBeNull();
  });
});

/** The Sign out button's request: POST /api/sign-out with the browser's cookie, from `origin`. */
function signOutRequest(cookie: string, origin = "http://continuity.example") {
  return new Request("http://continuity.example/api/sign-out", { method: "POST", headers: { origin, host: "continuity.example", cookie: `${SESSION_COOKIE}=${cookie}` } });
}

describe("the Sign out button's request", () => {
  it("records the session as ended, then clears the cookie", async () => {
    const { actors } = await makeOrg();
    const me = actors.committee;
    const session = await signIn(me);

    const response = await signOutRoute(signOutRequest(session));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ recorded: true });
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(await actorOf(session)).toBeNull();
    const { sid } = (await decode({ token: session, secret }))!;
    expect(await db.endedSession.findMany({ where: { userId: me.userId }, select: { id: true } })).toEqual([{ id: sid }]);
  });

  it("ends nothing and keeps the cookie when the request comes from another site", async () => {
    const { actors } = await makeOrg();
    const me = actors.auditor;
    const session = await signIn(me);
    const response = await signOutRoute(signOutRequest(session, "http://evil.example"));
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await actorOf(session)).toMatchObject({ userId: me.userId });
  });

  it("says it could not record the end, and until when a copy counts, while the database is down", async () => {
    const { actors } = await makeOrg();
    const me = actors.executive;
    const session = await signIn(me);
    const token = (await decode({ token: session, secret }))!;
    const down = scriptClient("postgresql://postgres@127.0.0.1:1/continuity");
    try {
      const outcome = await signOutSession({ token, client: down });
      expect(outcome).toEqual({ recorded: false, reason: "unavailable", usableUntil: new Date((Number(token.signedInAt) + 24 * hour) * 1000) });
    } finally {
      await down.$disconnect();
    }
    // Which is why the person must be told: a copy of the cookie still signs in.
    expect(await db.endedSession.count({ where: { userId: me.userId } })).toBe(0);
    expect(await actorOf(session)).toMatchObject({ userId: me.userId });
  });
});

describe("signing out of all other devices", () => {
  it("ends every session the member has, hands back the version the asking browser carries on with, and audits it", async () => {
    const { orgId, actors } = await makeOrg();
    const me = actors.auditor;
    const lostLaptop = await signIn(me);
    const phone = await signIn(me);
    const here = await signIn(me);
    const colleague = await signIn(actors.committee);

    const { sessionVersion } = await signOutEverywhere({ actor: me, input: { confirmed: "yes" } });

    expect(await actorOf(lostLaptop)).toBeNull();
    expect(await actorOf(phone)).toBeNull();
    // The asking browser's own cookie ends too: the action re-issues it, as a new sign-in would.
    expect(await actorOf(here)).toBeNull();
    const reissued = await mintSession({ claims: { sub: me.userId, sessionVersion, signedInAt: nowSeconds(), sid: randomUUID() }, secret, maxAge: 8 * hour });
    expect(await actorOf(reissued)).toMatchObject({ userId: me.userId });
    expect(await actorOf(colleague)).toMatchObject({ userId: actors.committee.userId });
    expect(await actorOf(await signIn(me))).toMatchObject({ userId: me.userId });

    const audit = await db.auditLog.findMany({ where: { orgId, action: "member.signed_out_everywhere" } });
    expect(audit).toMatchObject([{ actorId: me.userId, entityType: "user", entityId: me.userId, after: { email: me.email } }]);
  });

  it("asks for the confirmation, and without it ends nothing", async () => {
    const { orgId, actors } = await makeOrg();
    const me = actors.executive;
    const laptop = await signIn(me);
    const refused = await failure(signOutEverywhere({ actor: me, input: {} }));
    expect(refused.fieldErrors).toEqual({ confirmed: "Confirm that you want to sign out of all other devices." });
    expect(await actorOf(laptop)).toMatchObject({ userId: me.userId });
    expect(await db.auditLog.count({ where: { orgId } })).toBe(0);
  });
});
