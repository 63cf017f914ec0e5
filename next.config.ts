import type { NextConfig } from "next";
import { DATA_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // The Prisma client and pg stay server-side Node modules, never bundled into the browser.
  // @prisma/debug too, so that lib/db/forget-query-arguments.ts clears the adapter's own copy.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/debug"],
  poweredByHeader: false,
  typedRoutes: false,
  // Inventory CSV imports accept files up to 2 MB (lib/inventories/schemas.ts), sent through a server action.
  // The proxy (proxy.ts) buffers request bodies and cuts them at this size: room for an evidence
  // upload at its 10 MB limit with its multipart envelope (lib/exercises/attachment-rules.ts).
  experimental: { serverActions: { bodySizeLimit: "3mb" }, proxyClientMaxBodySize: "11mb" },
  // The organisation import's route is the one path the proxy, which sets the security headers,
  // leaves alone (proxy.ts). Set here, they are on all its answers, Next's 405 to a GET included.
  async headers() {
    const headers = { ...SECURITY_HEADERS, "Content-Security-Policy": DATA_CONTENT_SECURITY_POLICY };
    return [{ source: "/admin/backup/import", headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
