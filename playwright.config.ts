import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { IDP_CLIENT, IDP_DISPLAY_NAME } from "./e2e/oidc/fixture";

/**
 * End-to-end tests against the production build (`next start`), in Debian's Chromium. `npm test`
 * prepares a fresh, seeded database and passes it as E2E_DATABASE_URL.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// The local OpenID Connect provider for e2e/oidc-sign-in.spec.ts, on another origin, as in real life.
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 1);
const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
// Debian's headless shell (Chrome's old headless mode, what Playwright itself runs headless when it
// can download it) takes a third less time than the full browser on a 2-core machine; the
// full browser serves where the shell is not installed.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

export default defineConfig({
  testDir: "e2e",
  // Its own folder: Playwright empties outputDir, and test-results/ also holds Vitest's report.
  outputDir: "test-results/playwright",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // No trace in CI: recording one for every test costs about a fifth of the tier's time, and a CI
    // clone's traces are thrown away with it (its log names the failure). Locally, kept on failure.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: "npx tsx e2e/oidc/provider.ts",
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { OIDC_PORT: String(oidcPort), OIDC_REDIRECT_URI: `${baseURL}/api/auth/callback/oidc` },
    },
    {
      // Idle connections kept 70 s, not Node's 5 s: Playwright's request context reuses a pooled
      // socket after the server's advertised keep-alive has run out (microsoft/playwright#42698),
      // and a request sent as the server closes it fails with ECONNRESET.
      command: `npx next start --port ${port} --keepAliveTimeout 70000`,
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? "",
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-that-is-at-least-32-characters",
        NEXTAUTH_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        OIDC_ISSUER: oidcIssuer,
        OIDC_CLIENT_ID: IDP_CLIENT.id,
        OIDC_CLIENT_SECRET: IDP_CLIENT.secret,
        OIDC_DISPLAY_NAME: IDP_DISPLAY_NAME,
      },
    },
  ],
});
