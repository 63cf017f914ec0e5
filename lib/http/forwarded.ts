/**
 * The entry of an X-Forwarded-* header that the outermost of `trustProxyHops` trusted reverse
 * proxies wrote. Each proxy appends what it received, so it is the `trustProxyHops`-th entry from
 * the right; entries to its left came from the client and may be forged. With no trusted proxy
 * there is none: the whole header may be the client's (README, "Security").
 */
export function trustedForwardedEntry(header: string | string[] | null | undefined, trustProxyHops: number): string | undefined {
  if (trustProxyHops < 1) return undefined;
  const entries = [header ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - trustProxyHops];
}

/**
 * The host a request was addressed to: the one the outermost trusted proxy received, as it wrote
 * it in X-Forwarded-Host, else the Host header (what a proxy that forwards the host as it is, or
 * the client itself with no proxy, sent).
 */
export function requestHost(headers: Headers, trustProxyHops: number): string | null {
  return trustedForwardedEntry(headers.get("x-forwarded-host"), trustProxyHops) ?? headers.get("host");
}
