import { isIP } from "node:net";

/**
 * The key the per-IP sign-in limit counts a request under when its address cannot be trusted: all
 * such requests share it, so forging a header never buys an attacker fresh attempts.
 */
export const SHARED_CLIENT = "shared";

/**
 * The address of the client behind `trustProxyHops` reverse proxies, read from X-Forwarded-For.
 * Each proxy appends the address it received the request from, so the client is the entry the
 * outermost trusted proxy appended: the `trustProxyHops`-th from the right. Entries to its left
 * came from the client and may be forged. With no trusted proxy the header is ignored altogether:
 * Next.js fills it with the socket address only when the client did not send one, so it cannot
 * be told apart from a forged one, and Next gives route handlers no other way to the socket.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, trustProxyHops: number): string {
  if (trustProxyHops < 1) return SHARED_CLIENT;
  const entries = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const client = entries[entries.length - trustProxyHops];
  return client && isIP(client) ? client : SHARED_CLIENT;
}
