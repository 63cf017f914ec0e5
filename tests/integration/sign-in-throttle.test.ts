import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { isThrottled, THROTTLE } from "@/lib/auth/throttle";
import { authOptions, TOO_MANY_ATTEMPTS } from "@/lib/auth/auth-options";
import { SHARED_CLIENT } from "@/lib/auth/client-address";
import { resetPassword } from "@/lib/members/reset-password";
import { makeOrg, PASSWORD } from "./factories";

describe("sign-in throttling", () => {
  it("locks an address after five failures, even with the right password, and says the same for unknown addresses", async () => {
    const { actors } = await makeOrg();
    const email = actors.committee.email;
    const unknown = `nobody-${Date.now()}@example.test`;
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      expect(await signInWithPassword({ input: { email, password: "wrong" }, ip: null })).toEqual({ status: "invalid" });
      expect(await signInWithPassword({ input: { email: unknown, password: "wrong" }, ip: null })).toEqual({ status: "invalid" });
    }
    expect(await signInWithPassword({ input: { email, password: PASSWORD }, ip: null })).toEqual({ status: "throttled" });
    expect(await signInWithPassword({ input: { email: unknown, password: PASSWORD }, ip: null })).toEqual({ status: "throttled" });
    expect(await db.signInAttempt.count({ where: { key: `email:${email}`, succeeded: false } })).toBe(THROTTLE.perAccount);
  });

  it("counts an address's failures only since its last success", async () => {
    const { actors } = await makeOrg();
    const email = actors.auditor.email;
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) await signInWithPassword({ input: { email, password: "wrong" }, ip: null });
    expect((await signInWithPassword({ input: { email, password: PASSWORD }, ip: null })).status).toBe("ok");
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) await signInWithPassword({ input: { email, password: "wrong" }, ip: null });
    expect((await signInWithPassword({ input: { email, password: PASSWORD }, ip: null })).status).toBe("ok");
  });

  it("lets a member locked out by wrong guesses sign in with the password an administrator has just reset, and locks it again after five more", async () => {
    const { orgId, actors } = await makeOrg();
    const email = actors.committee.email;
    for (let i = 0; i < THROTTLE.perAccount; i++) await signInWithPassword({ input: { email, password: "wrong" }, ip: null });
    expect((await signInWithPassword({ input: { email, password: PASSWORD }, ip: null })).status).toBe("throttled");
    const membership = await db.membership.findFirstOrThrow({ where: { orgId, userId: actors.committee.userId } });
    const password = "a temporary password from the administrator";
    await resetPassword({ actor: actors.admin, input: { membershipId: membership.id, password } });
    expect((await signInWithPassword({ input: { email, password }, ip: null })).status).toBe("ok");
    for (let i = 0; i < THROTTLE.perAccount; i++) await signInWithPassword({ input: { email, password: "wrong" }, ip: null });
    expect((await signInWithPassword({ input: { email, password }, ip: null })).status).toBe("throttled");
  });

  it("refuses a password longer than any the app sets before hashing it: a megabytes-long one held the server for longer than a real guess", async () => {
    const { actors } = await makeOrg();
    const email = actors.executive.email;
    const timed = async (password: string) => {
      const started = performance.now();
      const outcome = await signInWithPassword({ input: { email, password }, ip: null });
      return { outcome, ms: performance.now() - started };
    };
    const guess = await timed("a wrong guess of ordinary length");
    const huge = await timed("\uFB01".repeat(4_000_000));
    expect(guess.outcome).toEqual({ status: "invalid" });
    expect(huge.outcome).toEqual({ status: "invalid" });
    // Nothing was hashed, so nothing counts as a guess: the one ordinary wrong guess is the address's only failure.
    expect(await db.signInAttempt.count({ where: { key: `email:${email}`, succeeded: false } })).toBe(1);
    expect(huge.ms).toBeLessThan(guess.ms);
    // One of exactly the longest length a password can be set to is still checked.
    expect((await signInWithPassword({ input: { email, password: "p".repeat(200) }, ip: null })).status).toBe("invalid");
    expect(await db.signInAttempt.count({ where: { key: `email:${email}`, succeeded: false } })).toBe(2);
  });

  it("locks an IP address spraying many accounts", async () => {
    // Above .99: the fuzz tests sign in from 203.0.113.9.
    const ip = `203.0.113.${100 + Math.floor(Math.random() * 150)}`;
    for (let i = 0; i < THROTTLE.perIp; i++) {
      await signInWithPassword({ input: { email: `spray-${i}-${ip}@example.test`, password: "wrong" }, ip });
    }
    const { actors } = await makeOrg();
    expect(await signInWithPassword({ input: { email: actors.admin.email, password: PASSWORD }, ip })).toEqual({ status: "throttled" });
    expect((await signInWithPassword({ input: { email: actors.admin.email, password: PASSWORD }, ip: "198.51.100.7" })).status).toBe("ok");
    // Thirty password hashes: about 30 s on a loaded 2-core machine.
  }, 60_000);

  it("keeps counting an IP address's failures when someone signs in from it", async () => {
    const ip = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const { actors } = await makeOrg();
    // An attacker with one working account signs in between rounds of guesses at other addresses.
    for (let i = 0; i < THROTTLE.perIp; i++) {
      if (i % 4 === 0) expect((await signInWithPassword({ input: { email: actors.auditor.email, password: PASSWORD }, ip })).status).toBe("ok");
      expect(await signInWithPassword({ input: { email: `guess-${i}-${ip}@example.test`, password: "wrong" }, ip })).toEqual({ status: "invalid" });
    }
    expect(await signInWithPassword({ input: { email: actors.auditor.email, password: PASSWORD }, ip })).toEqual({ status: "throttled" });
    expect(await signInWithPassword({ input: { email: `guess-next-${ip}@example.test`, password: "wrong" }, ip })).toEqual({ status: "throttled" });
    // The account itself is not locked: from another address it signs in.
    expect((await signInWithPassword({ input: { email: actors.auditor.email, password: PASSWORD }, ip: "198.51.100.8" })).status).toBe("ok");
  }, 60_000);

  it("frees an IP address as its failures age out of the window", async () => {
    const ip = `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    // Half the failures 14 minutes ago, half just now: locked until the older half is 15 minutes old.
    await db.signInAttempt.createMany({
      data: Array.from({ length: THROTTLE.perIp }, (_, i) => ({ key: `ip:${ip}`, succeeded: false, createdAt: minutesAgo(i < THROTTLE.perIp / 2 ? 14 : 0) })),
    });
    const email = `someone-${ip}@example.test`;
    expect(await isThrottled({ email, ip })).toBe(true);
    expect(await isThrottled({ email, ip, now: new Date(Date.now() + 61_000) })).toBe(false);
  });

  it("counts password sign-ins together when no proxy is trusted, however X-Forwarded-For rotates", async () => {
    const { actors } = await makeOrg();
    // The password provider as next-auth calls it, with the request's headers (TRUST_PROXY_HOPS unset).
    const provider = authOptions().providers.find((p) => p.id === "credentials") as unknown as {
      options: { authorize: (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown> };
    };
    const attempt = (email: string, password: string, i: number) =>
      provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": `192.0.2.${i % 250}` } });
    expect(await attempt(actors.admin.email, PASSWORD, 0)).toMatchObject({ email: actors.admin.email });
    for (let i = 1; i <= THROTTLE.perIp; i++) {
      expect(await attempt(`rotate-${i}-${actors.admin.email}`, "wrong", i)).toBeNull();
      // A member signing in meanwhile clears nothing: the failures were not theirs.
      if (i === THROTTLE.perIp / 2) expect(await attempt(actors.auditor.email, PASSWORD, i)).toMatchObject({ email: actors.auditor.email });
    }
    expect(await db.signInAttempt.count({ where: { key: { startsWith: "ip:192.0.2." } } })).toBe(0);
    await expect(attempt(actors.committee.email, PASSWORD, 999)).rejects.toThrow(TOO_MANY_ATTEMPTS);
    // Let the other tests of this run sign in again: a success no longer resets the shared key's count.
    await db.signInAttempt.deleteMany({ where: { key: `ip:${SHARED_CLIENT}` } });
  }, 60_000);
});
