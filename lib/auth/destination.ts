/**
 * Where sign-in may send someone afterwards: a path of this app taken from a `callbackUrl` that
 * anyone can put in a link, so it is checked before it is followed. Only a relative path that
 * stays on this origin counts: no scheme, no `//host` or `/\host` (which browsers read as another
 * host), no control characters, and nothing under /api or /_next (a sign-in lands on a page).
 */
export const DEFAULT_DESTINATION = "/plans";

const ORIGIN = "http://continuity.invalid";

/** The request header in which proxy.ts passes the requested path and query to the pages. */
export const REQUESTED_PATH_HEADER = "x-continuity-requested-path";

export function sameOriginPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN || /^\/(api|_next)(\/|$)/i.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The page to land on after signing in: the requested one when it is safe, else the plans. */
export function signInDestination(callbackUrl: unknown): string {
  const path = sameOriginPath(callbackUrl);
  return path && !/^\/signin(\/|$|\?|#)/i.test(path) ? path : DEFAULT_DESTINATION;
}

/** The sign-in page's address for a signed-out visit to `path`, which it returns to afterwards. */
export function signInPathFor(path: string | null): string {
  const destination = signInDestination(path);
  return destination === DEFAULT_DESTINATION ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(destination)}`;
}
