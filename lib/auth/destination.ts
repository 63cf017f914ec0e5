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
  // A backslash reads as a slash and tabs and newlines vanish when a browser parses an address, so
  // a value holding one is refused rather than reasoned about.
  if (typeof value !== "string" || value.length > 2000 || !value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  // The checks apply to the path as normalised, which is what gets followed: dot segments collapse
  // ("/..//evil.example" and "/%2e%2e//evil.example" become "//evil.example", another host). An
  // encoded slash or backslash is no part of any path of the app, and one decoding would make it real.
  const { pathname } = url;
  if (url.origin !== ORIGIN || pathname.startsWith("//") || /%(2f|5c)/i.test(pathname) || /^\/(api|_next)(\/|$)/i.test(pathname)) return null;
  return `${pathname}${url.search}${url.hash}`;
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
