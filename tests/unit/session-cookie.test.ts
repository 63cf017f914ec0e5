import { describe, expect, it } from "vitest";
import { decode } from "next-auth/jwt";
import { cookieMaxAge, mintSession, nowSeconds, renewedSession } from "@/lib/auth/session-cookie";

const secret = "s".repeat(32);
const lifetime = { idleSeconds: 8 * 3600, absoluteSeconds: 24 * 3600 };
const claims = { sub: "user-1", email: "priya@example.com", name: "Priya", sessionVersion: 3, sid: "session-1" };
const minute = 60;

async function renew(token: string, secondsLater: number) {
  return renewedSession({ token, secret, lifetime, now: nowSeconds() + secondsLater, renewAfterSeconds: 5 * minute });
}

describe("the session cookie's lifetime", () => {
  it("lives its idle time, never past the absolute end", () => {
    expect(cookieMaxAge(lifetime, 1000, 1000)).toBe(8 * 3600);
    expect(cookieMaxAge(lifetime, 1000, 1000 + 20 * 3600)).toBe(4 * 3600);
    expect(cookieMaxAge(lifetime, 1000, 1000 + 25 * 3600)).toBe(0);
  });

  it("is renewed while in use, keeping who it names and when they signed in", async () => {
    const signedInAt = nowSeconds() - 3600;
    const token = await mintSession({ claims: { ...claims, signedInAt }, secret, maxAge: lifetime.idleSeconds });
    expect(await renew(token, 4 * minute)).toBeNull();
    const renewed = await renew(token, 10 * minute);
    expect(renewed?.maxAge).toBe(lifetime.idleSeconds);
    const payload = await decode({ token: renewed!.token, secret });
    expect(payload).toMatchObject({ ...claims, signedInAt });
    expect(Number(payload?.exp) - Number(payload?.iat)).toBe(lifetime.idleSeconds);
  });

  it("runs out at the absolute end, however much it is used", async () => {
    const signedInAt = nowSeconds() - 23 * 3600 - 50 * minute;
    const token = await mintSession({ claims: { ...claims, signedInAt }, secret, maxAge: lifetime.idleSeconds });
    expect((await renew(token, 6 * minute))?.maxAge).toBe(4 * minute);
    expect(await renew(token, 11 * minute)).toBeNull();
  });

  it("counts a session minted before sign-in times were kept from when it was issued", async () => {
    const token = await mintSession({ claims, secret, maxAge: lifetime.idleSeconds });
    const payload = await decode({ token: (await renew(token, 10 * minute))!.token, secret });
    expect(payload?.signedInAt).toBeGreaterThanOrEqual(nowSeconds() - 5);
    expect(payload?.signedInAt).toBeLessThanOrEqual(nowSeconds());
  });

  it("renews nothing that is not a session of this app", async () => {
    expect(await renew("not a token", 10 * minute)).toBeNull();
    const foreign = await mintSession({ claims, secret: "o".repeat(32), maxAge: lifetime.idleSeconds });
    expect(await renew(foreign, 10 * minute)).toBeNull();
  });
});
