import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/context";

const NAME = "next-auth.session-token";
const SECURE_NAME = `__Secure-${NAME}`;

/**
 * Replaces the current request's session cookie with one minted for `sessionVersion`, the way
 * next-auth mints it at sign-in (lib/auth/auth-options.ts). Used after the member changes their
 * password: that ends all their sessions (endSessions) and this one carries on. next-auth names
 * the cookie with the __Secure- prefix on HTTPS; the request's own cookie says which it is.
 */
export async function reissueSession(actor: Pick<Actor, "userId" | "name" | "email">, sessionVersion: number): Promise<void> {
  const config = env();
  const maxAge = config.SESSION_MAX_AGE_MINUTES * 60;
  const jar = await cookies();
  const secure = jar.has(SECURE_NAME);
  const token = await encode({ token: { sub: actor.userId, name: actor.name, email: actor.email, sessionVersion }, secret: config.NEXTAUTH_SECRET, maxAge });
  jar.set(secure ? SECURE_NAME : NAME, token, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
}
