/**
 * The security headers of every response besides its Content-Security-Policy. proxy.ts sets them,
 * with the pages' policy and its per-request nonce; next.config.ts sets them, with
 * DATA_CONTENT_SECURITY_POLICY, on the one path the proxy leaves alone (the organisation import).
 */
export const SECURITY_HEADERS = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
} as const;

/** The policy of a response that is no page (JSON, Next's empty 405): it loads nothing, and nothing frames it. */
export const DATA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
