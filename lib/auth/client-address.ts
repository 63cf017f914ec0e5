import { isIP } from "node:net";
import { trustedForwardedEntry } from "@/lib/http/forwarded";

/**
 * The key the per-IP sign-in limit counts a request under when its address cannot be trusted: all
 * such requests share it, so forging a header never buys an attacker fresh attempts.
 */
export const SHARED_CLIENT = "shared";

/**
 * The address of the client behind `trustProxyHops` reverse proxies, read from X-Forwarded-For:
 * the entry the outermost trusted proxy appended (the `trustProxyHops`-th from the right). With no
 * trusted proxy the header is ignored altogether: Next.js fills it with the socket address only
 * when the client did not send one, so it cannot be told apart from a forged one, and Next gives
 * route handlers no other way to the socket.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, trustProxyHops: number): string {
  const client = trustedForwardedEntry(forwardedFor, trustProxyHops);
  return client && isIP(client) ? client : SHARED_CLIENT;
}
