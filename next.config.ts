import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Prisma client and pg stay server-side Node modules, never bundled into the browser.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // Inventory CSV imports accept files up to 2 MB (lib/inventories/schemas.ts), sent through a server action.
  // The proxy (proxy.ts) buffers request bodies and cuts them at this size: room for an evidence
  // upload at its 10 MB limit with its multipart envelope (lib/exercises/attachment-rules.ts).
  experimental: { serverActions: { bodySizeLimit: "3mb" }, proxyClientMaxBodySize: "11mb" },
};

export default nextConfig;
