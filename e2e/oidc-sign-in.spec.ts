import { expect, test, type Page } from "@playwright/test";
import { IDP_ACCOUNTS, IDP_DISPLAY_NAME, type IdpAccount } from "./oidc/fixture";

/**
 * Single sign-on against a real OpenID Connect provider (e2e/oidc/provider.ts, started by
 * playwright.config.ts): the browser leaves for the provider, signs in there, and comes back.
 */
async function signInWithProvider(page: Page, account: IdpAccount) {
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in with ${IDP_DISPLAY_NAME}` }).click();
  // The provider's own sign-in form, on its own origin.
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.getByPlaceholder("Enter any login").fill(account.login);
  await page.getByPlaceholder("and password").fill("any password: the test provider checks none");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

async function expectSignedOut(page: Page) {
  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => cookie.name.includes("session-token"))).toEqual([]);
  await page.goto("/plans");
  await expect(page).toHaveURL(/\/signin/);
}

test("a member signs in through the identity provider as their own member account", async ({ page }) => {
  await signInWithProvider(page, IDP_ACCOUNTS.member);
  await expect(page.getByRole("heading", { name: "Continuity plans" })).toBeVisible();
  // Name, role and organisation come from the membership here, not from the provider's profile.
  await expect(page.getByTestId("whoami")).toHaveText("Priya Shah · Committee member · Harbour Lane Foods Ltd");
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expectSignedOut(page);
});

test("the provider's e-mail matches a member whatever its letter case", async ({ page }) => {
  await signInWithProvider(page, IDP_ACCOUNTS.memberMixedCase);
  await expect(page.getByTestId("whoami")).toHaveText("Daniel Okafor · Executive · Harbour Lane Foods Ltd");
});

test("an identity that is no member here is refused, with no session", async ({ page }) => {
  await signInWithProvider(page, IDP_ACCOUNTS.stranger);
  await expect(page).toHaveURL(/\/signin\?error=AccessDenied/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Your account is not a member of an organisation here. Ask an administrator to add you.",
  );
  await expectSignedOut(page);
});

test("a member's e-mail address that the provider has not verified is refused, with no session", async ({ page }) => {
  await signInWithProvider(page, IDP_ACCOUNTS.unverified);
  await expect(page).toHaveURL(/\/signin\?error=EmailNotVerified/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Your identity provider has not verified your e-mail address, so it cannot be matched to a member. Verify it there, then try again.",
  );
  await expectSignedOut(page);
});

test("signing in through the provider from a deep link lands on that page", async ({ page }) => {
  await page.goto("/people");
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent("/people")}`);
  await page.getByRole("button", { name: `Sign in with ${IDP_DISPLAY_NAME}` }).click();
  await page.getByPlaceholder("Enter any login").fill(IDP_ACCOUNTS.member.login);
  await page.getByPlaceholder("and password").fill("any password: the test provider checks none");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await expect(page).toHaveURL("/people");
  await expect(page.getByTestId("whoami")).toHaveText("Priya Shah · Committee member · Harbour Lane Foods Ltd");
});
