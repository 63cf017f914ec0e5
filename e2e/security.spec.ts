import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

test("every page carries the security headers, with a script policy that allows no inline script", async ({ page }) => {
  const response = await page.goto("/signin");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // The app still works under that policy: Next's own scripts carry the nonce.
  await signIn(page, USERS.auditor);
});

test("after five failures an address is locked out with a message that reveals nothing about the account", async ({ page }) => {
  await page.goto("/signin");
  const email = `locked-${Date.now()}@harbourlane.example`;
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(`wrong ${i}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail or password is incorrect.");
  }
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Too many sign-in attempts. Wait 15 minutes, then try again.");
});

test("a route handler that changes data refuses another origin, whatever X-Forwarded-Host the client adds", async ({ page }) => {
  await signIn(page, USERS.admin);
  // No proxy is trusted here (TRUST_PROXY_HOPS unset), so the header is the client's own word.
  const response = await page.request.post("/admin/backup/import", {
    headers: { origin: "http://evil.example", "x-forwarded-host": "evil.example", "content-type": "application/json" },
    data: "{}",
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(((await response.json()) as { message: string }).message).toBe("The import did not come from this site.");
});

test("the organisation import's path, which the proxy leaves alone, and the paths under it carry the security headers too", async ({ request }) => {
  for (const [path, status] of [["/admin/backup/import", 405], ["/admin/backup/import/x", 404]] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});

test("an upload from a member who may not make it is refused before its body is read, however large", async ({ page }) => {
  await signIn(page, USERS.auditor);
  const origin = new URL(page.url()).origin;
  // Each just over its route's limit: read first, it would be refused as too large (413).
  const uploads = [
    { path: "/admin/backup/import", headers: { "content-type": "application/json" }, data: Buffer.alloc(100 * 1024 * 1024 + 1, " ") },
    { path: "/plans/any/tests/any/attachments", headers: { "content-type": "application/pdf" }, data: Buffer.alloc(10 * 1024 * 1024 + 64 * 1024 + 1) },
  ];
  for (const { path, headers, data } of uploads) {
    const response = await page.request.post(path, { headers: { origin, ...headers }, data, maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
    expect(((await response.json()) as { message: string }).message, path).toBe("You do not have permission to do that.");
  }
});
