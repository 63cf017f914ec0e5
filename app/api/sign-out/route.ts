import { NextRequest, NextResponse } from "next/server";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { isSameOrigin } from "@/lib/http/route-guards";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { signOutSession } from "@/lib/auth/sign-out-session";

/**
 * The Sign out button (components/auth/sign-out-button.tsx). It records the session as ended
 * first, then clears the cookie whatever the recording did, and answers whether it was recorded:
 * next-auth's own sign-out swallows a failure of its signOut event, so a sign-out while the
 * database is down said nothing of the copy of the cookie that still counts (decision 90).
 */
export async function POST(request: Request): Promise<Response> {
  // A cross-site form could otherwise sign a member out (CSRF); the cookie is kept.
  if (!isSameOrigin(request)) return Response.json({ status: "error", message: "The sign-out did not come from this site." }, { status: 403 });
  const { cookies } = new NextRequest(request);
  const name = cookies.has(SECURE_SESSION_COOKIE) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const cookie = cookies.get(name)?.value;
  const token = cookie ? await decode({ token: cookie, secret: env().NEXTAUTH_SECRET }).catch(() => null) : null;
  const outcome = token ? await signOutSession({ token }) : { recorded: true as const };

  const response = NextResponse.json(outcome, { headers: { "Cache-Control": "no-store" } });
  // next-auth splits a cookie over 4 KB into name.0, name.1, …: every part goes.
  for (const { name: part } of cookies.getAll()) {
    if (part === name || part.startsWith(`${name}.`)) response.cookies.set(part, "", { httpOnly: true, sameSite: "lax", path: "/", secure: name === SECURE_SESSION_COOKIE, maxAge: 0 });
  }
  return response;
}
