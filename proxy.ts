import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/destination";
import { renewSessionCookie } from "@/lib/auth/session-renewal";
import { createOutageBreaker } from "@/lib/db/outage-breaker";
import { pingDatabase } from "@/lib/db/ping-database";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";
import { unavailablePage } from "@/lib/http/unavailable-page";

// Pages answer 503 while the database is down (decision 8). Only a browser's page loads (GET
// asking for HTML): a server action (a POST) reports the outage in its form and keeps the input,
// a route handler answers its own 503 (JSON, CSV), and a client-side navigation (the RSC header)
// shows the error boundary's same message.
const databaseDown = createOutageBreaker({ probe: () => pingDatabase({ url: process.env.DATABASE_URL ?? "" }) });

function isPageLoad(request: NextRequest): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !request.headers.has("rsc") &&
    !request.nextUrl.pathname.startsWith("/api/") &&
    (request.headers.get("accept") ?? "").includes("text/html")
  );
}

/**
 * Security headers on every response, with a fresh nonce per request for Next's own inline
 * scripts: the Content-Security-Policy allows no other inline script (no 'unsafe-inline' for
 * scripts). Styles keep 'unsafe-inline' because React renders `style` attributes, which nonces
 * cannot cover. Next reads the nonce from the request's CSP header and applies it.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  if (isPageLoad(request) && (await databaseDown())) return withSecurityHeaders(unavailablePage(request.method), csp);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // The page asked for, so a signed-out visit can return to it after sign-in (lib/auth/context.ts);
  // set here, over anything the client sent, and still checked before it is followed.
  const requested = request.nextUrl.clone();
  requested.searchParams.delete("_rsc"); // Next's marker of a client-side navigation, not the page's
  requestHeaders.set(REQUESTED_PATH_HEADER, `${requested.pathname}${requested.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  await renewSessionCookie(request, response);
  return withSecurityHeaders(response, csp);
}

function withSecurityHeaders<R extends Response>(response: R, csp: string): R {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

// The organisation import (a JSON body of up to 100 MB, answered with JSON) is left out, that
// path exactly (the `$`): for requests it handles, the proxy buffers the body in memory and cuts it
// at 11 MB (next.config.ts). next.config.ts gives its answers the security headers instead; every
// other path under it (a 404 page) is the proxy's.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|admin/backup/import$).*)" }],
};
