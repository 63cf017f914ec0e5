import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Prisma client and pg stay server-side Node modules, never bundled into the browser.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
