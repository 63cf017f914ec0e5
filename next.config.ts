import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Prisma client and pg stay server-side Node modules, never bundled into the browser.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // Inventory CSV imports accept files up to 2 MB (lib/inventories/schemas.ts), sent through a server action.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
