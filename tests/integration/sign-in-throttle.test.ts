import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { THROTTLE } from "@/lib/auth/throttle";
import { authOptions, TOO_MANY_ATTEMPTS } from "@/lib/auth/auth-options";
import { SHARED_CLIENT } from "@/lib/auth/client-address";
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

  it("counts failures only since the last success", async () => {
    const { actors } = await makeOrg();
    const email = actors.auditor.email;
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) await signInWithPassword({ input: { email, password: "wrong" }, ip: null });
    expect((await signInWithPassword({ input: { email, password: PASSWORD }, ip: null })).status).toBe("ok");
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) await signInWithPassword({ input: { email, password: "wrong" }, ip: null });
    expect((await signInWithPassword({ input: { email, password: PASSWORD }, ip: null })).status).toBe("ok");
  });

  it("locks an IP address spraying many accounts", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < THROTTLE.perIp; i++) {
      await signInWithPassword({ input: { email: `spray-${i}-${ip}@example.test`, password: "wrong" }, ip });
    }
    const { actors } = await makeOrg();
    expect(await signInWithPassword({ input: { email: actors.admin.email, password: PASSWORD }, ip })).toEqual({ status: "throttled" });
    expect((await signInWithPassword({ input: { email: actors.admin.email, password: PASSWORD }, ip: "198.51.100.7" })).status).toBe("ok");
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
    for (let i = 1; i <= THROTTLE.perIp; i++) expect(await attempt(`rotate-${i}-${actors.admin.email}`, "wrong", i)).toBeNull();
    expect(await db.signInAttempt.count({ where: { key: { startsWith: "ip:192.0.2." } } })).toBe(0);
    await expect(attempt(actors.committee.email, PASSWORD, 999)).rejects.toThrow(TOO_MANY_ATTEMPTS);
    // Let the other tests of this run sign in again: a success on the shared key resets its count.
    await db.signInAttempt.create({ data: { key: `ip:${SHARED_CLIENT}`, succeeded: true } });
  }, 60_000);
});
