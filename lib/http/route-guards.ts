import "server-only";
import { env } from "@/lib/env";
import { toAppError } from "@/lib/errors";
import { requestHost } from "@/lib/http/forwarded";

/**
 * Server actions check the Origin header for us; route handlers that change data must do it
 * themselves (CSRF defence on top of the session cookie's SameSite=Lax). X-Forwarded-Host counts
 * only as far as TRUST_PROXY_HOPS trusts proxies: otherwise the client wrote it, and could name
 * whatever host its Origin says.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = requestHost(request.headers, env().TRUST_PROXY_HOPS);
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * An AppError (or a database outage: 503 with Retry-After) as a JSON response with its HTTP
 * status; anything else as a logged, generic 500.
 */
export function errorResponse(error: unknown): Response {
  const known = toAppError(error);
  if (known) {
    return Response.json({ status: "error", message: known.message, fieldErrors: known.fieldErrors }, { status: known.status, headers: known.headers });
  }
  console.error("Unexpected error in a route handler", error);
  return Response.json({ status: "error", message: "Something went wrong on our side. Nothing was saved; please try again." }, { status: 500 });
}
