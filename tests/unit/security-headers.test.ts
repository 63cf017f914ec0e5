import { describe, expect, it } from "vitest";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import nextConfig from "@/next.config";
import { config as proxyConfig } from "@/proxy";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";

// Next's own helpers run the proxy's matcher and next.config.ts's header routes as a server does.
const ORIGIN = "http://continuity.example";
const IMPORT = "/admin/backup/import";
const byProxy = (path: string) => unstable_doesMiddlewareMatch({ config: proxyConfig, nextConfig, url: `${ORIGIN}${path}` });
const fromNextConfig = async (path: string) => (await unstable_getResponseFromNextConfig({ url: `${ORIGIN}${path}`, nextConfig })).headers;

describe("security headers on every path", () => {
  it("leaves only the organisation import's own path to next.config.ts, not the paths under or beside it", () => {
    expect(byProxy(IMPORT)).toBe(false);
    for (const path of [`${IMPORT}/x`, `${IMPORT}s`, `${IMPORT}.json`, "/admin/backup", "/admin/backup/export", "/plans"]) {
      expect(byProxy(path), path).toBe(true);
    }
  });

  it("gives that path every header the proxy sets, with a policy that loads and frames nothing", async () => {
    const headers = await fromNextConfig(IMPORT);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value);
    expect(headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    // The proxy's paths keep its own policy, with the nonce: next.config.ts adds nothing there.
    expect((await fromNextConfig(`${IMPORT}/x`)).get("Content-Security-Policy")).toBeNull();
  });
});
