import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/context";
import { cookieMaxAge, mintSession, nowSeconds, SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionLifetime } from "@/lib/auth/session-cookie";

/**
 * Replaces the current request's session cookie with one minted for `sessionVersion`, the way
 * next-auth mints it at sign-in (lib/auth/auth-options.ts). Used after the member changes their
 * password: that ends all their sessions (endSessions) and this one carries on, as from a new
 * sign-in (the current password was just given), with an id of its own (decision 90). next-auth
 * names the cookie with the __Secure- prefix on HTTPS; the request's own cookie says which it is.
 */
export async function reissueSession(actor: Pick<Actor, "userId" | "name" | "email">, sessionVersion: number): Promise<void> {
  const config = env();
  const signedInAt = nowSeconds();
  const maxAge = cookieMaxAge(sessionLifetime(config), signedInAt, signedInAt);
  const jar = await cookies();
  const secure = jar.has(SECURE_SESSION_COOKIE);
  const claims = { sub: actor.userId, name: actor.name, email: actor.email, sessionVersion, signedInAt, sid: randomUUID() };
  const token = await mintSession({ claims, secret: config.NEXTAUTH_SECRET, maxAge });
  jar.set(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
}
