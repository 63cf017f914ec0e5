/**
 * The session cookie as next-auth mints it (a JWT encrypted with NEXTAUTH_SECRET), its names, and
 * its lifetime: it ends after `SESSION_MAX_AGE_MINUTES` without use, and in any case
 * `SESSION_ABSOLUTE_MAX_HOURS` after sign-in (decision 4). No Next or database imports: the proxy
 * uses it on every request.
 */
import { decode, encode, type JWT } from "next-auth/jwt";

export const SESSION_COOKIE = "next-auth.session-token";
/** next-auth's name for the cookie on HTTPS. */
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

export type SessionLifetime = { idleSeconds: number; absoluteSeconds: number };

export function sessionLifetime(config: { SESSION_MAX_AGE_MINUTES: number; SESSION_ABSOLUTE_MAX_HOURS: number }): SessionLifetime {
  return { idleSeconds: config.SESSION_MAX_AGE_MINUTES * 60, absoluteSeconds: config.SESSION_ABSOLUTE_MAX_HOURS * 3600 };
}

/** How long a fresh cookie lives: the idle time, never past the absolute end. */
export function cookieMaxAge(lifetime: SessionLifetime, signedInAt: number, now: number): number {
  return Math.max(0, Math.min(lifetime.idleSeconds, signedInAt + lifetime.absoluteSeconds - now));
}

/**
 * Whether a session is past its absolute end, whatever its cookie's expiry says: next-auth's own
 * session endpoint (GET /api/auth/session) hands back a cookie good for the idle time on every
 * call, so the cookie's expiry alone would let a session kept in use outlive it.
 */
export function pastAbsoluteEnd(lifetime: SessionLifetime, signedInAt: number, now: number): boolean {
  return now >= signedInAt + lifetime.absoluteSeconds;
}

/** When a session signed in; one minted before sign-in times were kept counts from its issue. */
export function signedInAtOf(token: JWT): number {
  return typeof token.signedInAt === "number" ? token.signedInAt : Number(token.iat);
}

export const nowSeconds = (date = new Date()) => Math.floor(date.getTime() / 1000);

export async function mintSession({ claims, secret, maxAge }: { claims: JWT; secret: string; maxAge: number }): Promise<string> {
  return encode({ token: claims, secret, maxAge });
}

/**
 * A renewed cookie for a session in use, or null when it needs none: not a valid session, renewed
 * within the last `renewAfterSeconds` (so a busy page does not mint a token per request), or at
 * its absolute end. A session minted before `signedInAt` was recorded counts from when it was issued.
 */
export async function renewedSession({
  token,
  secret,
  lifetime,
  now,
  renewAfterSeconds,
}: {
  token: string;
  secret: string;
  lifetime: SessionLifetime;
  now: number;
  renewAfterSeconds: number;
}): Promise<{ token: string; maxAge: number } | null> {
  const payload = await decode({ token, secret }).catch(() => null);
  if (!payload || typeof payload.iat !== "number" || now - payload.iat < renewAfterSeconds) return null;
  // encode() sets the times and id afresh.
  const claims: JWT = { ...payload };
  for (const minted of ["iat", "exp", "jti"]) delete claims[minted];
  const signedInAt = signedInAtOf(payload);
  const maxAge = cookieMaxAge(lifetime, signedInAt, now);
  if (maxAge <= 0) return null;
  return { token: await mintSession({ claims: { ...claims, signedInAt }, secret, maxAge }), maxAge };
}
