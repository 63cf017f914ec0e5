import { expect, test } from "@playwright/test";
import { PASSWORD, session, signIn, unique, USERS } from "./helpers";
import { SESSION_ENDED } from "../lib/auth/session-ended";

test("a wrong password and an unknown address get the same generic message", async ({ page }) => {
  await page.goto("/signin");
  for (const email of [USERS.committee, "nobody@harbourlane.example"]) {
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail or password is incorrect.");
  }
  await expect(page).toHaveURL(/\/signin/);
});

test("signed-out visitors are sent to sign in; signing out ends the session, a copy of its cookie included", async ({ page }) => {
  await page.goto("/plans");
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, USERS.committee);
  await expect(page.getByTestId("whoami")).toContainText("Priya Shah · Committee member · Harbour Lane Foods Ltd");
  const copied = (await page.context().cookies()).filter((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(copied).toHaveLength(1);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/plans");
  await expect(page).toHaveURL(/\/signin/);
  // The cookie as someone copied it before the sign-out (a shared computer's profile, a log).
  await page.context().addCookies(copied);
  await page.goto("/plans");
  await expect(page).toHaveURL(/\/signin/);
});

test("after signing out, the browser's Back button shows no page of the session", async ({ page }) => {
  await signIn(page, USERS.committee);
  await page.getByRole("link", { name: "People", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  // A shared computer: the next person presses Back.
  await page.goBack();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByTestId("whoami")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toHaveCount(0);
});

test("empty fields are named on the field, not reported as a wrong password", async ({ page }) => {
  await page.goto("/signin");
  const email = page.getByLabel("E-mail");
  const password = page.getByLabel("Password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Enter your e-mail address.");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription("Enter your password.");
  await expect(email).toBeFocused();
  await expect(page.getByText("The e-mail or password is incorrect.")).toHaveCount(0);

  await email.fill(USERS.committee);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(email).not.toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toBeFocused();
  await expect(page).toHaveURL(/\/signin$/);
});

test("a signed-out visit to a deep link lands there after signing in", async ({ page, browser }) => {
  const committee = await session(browser, USERS.committee);
  await committee.getByRole("link", { name: "Bristol operations" }).click();
  await expect(committee.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  const deepLink = `${new URL(committee.url()).pathname}/approval/versions/1`;
  await committee.context().close();

  await page.goto(deepLink);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(deepLink)}`);
  await page.getByLabel("E-mail").fill(USERS.executive);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(deepLink);
  await expect(page.getByRole("heading", { level: 1, name: "Version 1" })).toBeVisible();
});

test("a callbackUrl that leaves the app, or points at the API, lands on the plans instead", async ({ browser }) => {
  // "/..//evil.example/…" is a path until its dot segments collapse, then "//evil.example/…": another host.
  for (const hostile of ["//evil.example/plans", "https://evil.example/", "/\\evil.example", "/api/auth/signout", "/..//evil.example/phish", "/%2e%2e//evil.example/"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(hostile)}`);
    await page.getByLabel("E-mail").fill(USERS.auditor);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL("/plans");
    await expect(page.getByRole("heading", { name: "Continuity plans" })).toBeVisible();
    // Signed in, the sign-in page redirects at once, to the same place.
    const again = await page.request.get(`/signin?callbackUrl=${encodeURIComponent(hostile)}`, { maxRedirects: 0 });
    expect(again.status(), hostile).toBe(307);
    expect(new URL(again.headers().location, page.url()).href, hostile).toBe(new URL("/plans", page.url()).href);
    await context.close();
  }
});

test("a save after the session ended keeps what was typed, and saves once signed in again", async ({ page, context }) => {
  await signIn(page, USERS.committee);
  const name = unique("Plan typed as the session ended");
  await page.getByLabel("Name").fill(name);
  await context.clearCookies();
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(SESSION_ENDED);
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByLabel("Name")).toHaveValue(name);

  // Signing in again in another tab gives the first tab its session back: its form saves as it is.
  await signIn(await context.newPage(), USERS.committee);
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});
