import type { NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { renewedSession, SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionLifetime, nowSeconds } from "@/lib/auth/session-cookie";

/** A session is renewed at most this often, so a member clicking around mints one token a few minutes. */
const RENEW_AFTER_SECONDS = 5 * 60;

/**
 * Renews the session cookie of a member using the app, so that a session ends after its idle time
 * rather than in the middle of the day's work (decision 4). Only on GETs (page loads and client
 * navigations) outside next-auth's own routes: a POST may set the cookie itself (a password
 * change) or clear it (sign-out), and a second Set-Cookie beside it would race it.
 */
export async function renewSessionCookie(request: NextRequest, response: NextResponse): Promise<void> {
  if (request.method !== "GET" || request.nextUrl.pathname.startsWith("/api/auth/")) return;
  const name = request.cookies.has(SECURE_SESSION_COOKIE) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const token = request.cookies.get(name)?.value;
  if (!token) return;
  const config = env();
  const renewed = await renewedSession({ token, secret: config.NEXTAUTH_SECRET, lifetime: sessionLifetime(config), now: nowSeconds(), renewAfterSeconds: RENEW_AFTER_SECONDS });
  if (!renewed) return;
  response.cookies.set(name, renewed.token, { httpOnly: true, sameSite: "lax", path: "/", secure: name === SECURE_SESSION_COOKIE, maxAge: renewed.maxAge });
}
