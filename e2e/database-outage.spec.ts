/**
 * A Postgres outage, end to end: this spec runs its OWN embedded Postgres cluster and its own
 * `next start` (the production build), so stopping the database disturbs no other spec. While
 * Postgres is down, pages and forms say "temporarily unavailable" (no stack, no digest), health
 * answers 503, nothing submitted is saved; when Postgres returns, the same app instance works
 * again by itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { createDatabaseIfMissing, migrate, run, startEmbeddedServer, withDatabase, type EmbeddedServer } from "../scripts/lib/database";
import { PASSWORD, createPlan, signIn, unique, USERS } from "./helpers";

const APP_PORT = Number(process.env.OUTAGE_APP_PORT ?? 3230);
const PG_PORT = Number(process.env.OUTAGE_PG_PORT ?? 54340);
const baseURL = `http://localhost:${APP_PORT}`;
const UNAVAILABLE_FORM = "Continuity is temporarily unavailable — nothing was saved; try again in a minute.";
// What must never reach the screen: Next's default error page, its digest, a driver's message.
const LEAKS = /something went wrong|application error|digest|prisma|can't reach database|ECONNREFUSED|\bat .*\.(js|ts):\d+/i;

test.describe.configure({ mode: "serial" });
test.use({ baseURL });

let server: EmbeddedServer | undefined;
let app: ChildProcess | undefined;
let databaseUrl = "";

async function waitForHealth(expected: number) {
  await expect
    .poll(async () => fetch(`${baseURL}/api/health`).then((response) => response.status, () => 0), { timeout: 120_000, intervals: [500] })
    .toBe(expected);
}

async function expectUnavailablePage(page: Page, path: string) {
  const response = await page.goto(path);
  await expect(page.getByRole("heading", { name: "Continuity is temporarily unavailable" })).toBeVisible();
  await expect(page.getByText("Its database cannot be reached at the moment. Nothing you saved was lost.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(LEAKS, { useInnerText: true });
  // A server error, never a page that says 200 OK.
  expect(response?.status()).toBeGreaterThanOrEqual(500);
  return response!;
}

async function plansNamed(name: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "Plan" WHERE name = $1`, [name]);
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startEmbeddedServer({ name: `outage-e2e-${process.pid}`, port: PG_PORT });
  await createDatabaseIfMissing(server.adminUrl, "continuity");
  databaseUrl = withDatabase(server.adminUrl, "continuity");
  await migrate(databaseUrl);
  await run("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"], { DATABASE_URL: databaseUrl }, true);
  // Its own process group, so that afterAll ends `next start` and nothing else.
  app = spawn("npx", ["next", "start", "--port", String(APP_PORT)], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "outage-e2e-secret-that-is-at-least-32-characters",
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await waitForHealth(200);
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  if (app?.pid && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    process.kill(-app.pid, "SIGTERM");
    await exited;
  }
  await server?.stop();
  if (server) await rm(server.dataDir, { recursive: true, force: true });
});

test("while Postgres is down the app says it is temporarily unavailable, saves nothing, and recovers by itself", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.committee);
  const planName = unique("Outage plan");
  const planUrl = await createPlan(page, planName);
  // A form that is already on screen when the database goes away.
  const form = await page.context().newPage();
  await form.goto("/plans");
  const duringOutage = unique("Written during the outage");
  // A sign-in form already on screen too: once the outage is known, loading it answers 503.
  const guest = await browser.newContext({ baseURL });
  const signInPage = await guest.newPage();
  await signInPage.goto("/signin");
  // A member about to sign out of a shared computer, in a browser of their own.
  const shared = await browser.newContext({ baseURL });
  const leaving = await shared.newPage();
  await signIn(leaving, USERS.auditor);

  await test.step("stop Postgres", async () => {
    await server!.stop();
  });

  await test.step("pages say temporarily unavailable", async () => {
    await expectUnavailablePage(page, planUrl);
    await expectUnavailablePage(page, "/people");
  });

  await test.step("once the outage is known, page loads answer 503 with Retry-After before rendering", async () => {
    const response = await expectUnavailablePage(page, "/plans");
    expect(response.status()).toBe(503);
    expect(response.headers()["retry-after"]).toBe("30");
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();
  });

  await test.step("health and read-only routes answer 503 with Retry-After", async () => {
    const health = await page.request.get("/api/health");
    expect(health.status()).toBe(503);
    expect(health.headers()["retry-after"]).toBe("30");
    const model = await page.request.get(`${planUrl}/recovery/model.json`);
    expect(model.status()).toBe(503);
    expect(model.headers()["retry-after"]).toBe("30");
    expect(await model.json()).toMatchObject({ status: "error", message: UNAVAILABLE_FORM });
  });

  await test.step("a form says unavailable and keeps what was typed", async () => {
    await form.getByLabel("Name").fill(duringOutage);
    await form.getByRole("button", { name: "Create plan" }).click();
    await expect(form.getByRole("main").getByRole("alert")).toHaveText(UNAVAILABLE_FORM);
    await expect(form.getByLabel("Name")).toHaveValue(duringOutage);
  });

  await test.step("a password sign-in says unavailable, not a wrong password", async () => {
    await signInPage.getByLabel("E-mail").fill(USERS.executive);
    await signInPage.getByLabel("Password").fill(PASSWORD);
    await signInPage.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(signInPage.getByRole("main").getByRole("alert")).toHaveText(
      "Continuity is temporarily unavailable, so you could not be signed in. Try again in a minute.",
    );
    await guest.close();
  });

  await test.step("signing out clears the cookie and says the end of the session could not be recorded", async () => {
    await leaving.getByRole("button", { name: "Sign out" }).click();
    const told = leaving.getByRole("dialog", { name: "Signed out on this computer only" });
    await expect(told).toContainText("You are signed out on this computer, but Continuity could not record it because its database is unavailable");
    expect((await shared.cookies()).filter((cookie) => cookie.name.endsWith("next-auth.session-token"))).toEqual([]);
    await told.getByRole("button", { name: "Go to sign in" }).click();
    await expect(leaving).toHaveURL(/\/signin/);
    await shared.close();
  });

  await test.step("start Postgres again: the same app instance works by itself", async () => {
    await server!.start();
    // The proxy's own probe notices, with no help from the health check.
    await expect
      .poll(async () => (await page.request.get(planUrl, { headers: { Accept: "text/html" } })).status(), { timeout: 120_000, intervals: [500] })
      .toBe(200);
    await waitForHealth(200);
    await page.goto(planUrl);
    await expect(page.getByRole("heading", { level: 1, name: planName })).toBeVisible();
  });

  await test.step("nothing from the outage was saved; the same form now saves", async () => {
    expect(await plansNamed(duringOutage)).toBe(0);
    await form.getByRole("button", { name: "Create plan" }).click();
    await expect(form.getByRole("heading", { level: 1, name: duringOutage })).toBeVisible();
    expect(await plansNamed(duringOutage)).toBe(1);
  });
});
