import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

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

test("signed-out visitors are sent to sign in; signing out ends the session", async ({ page }) => {
  await page.goto("/plans");
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, USERS.committee);
  await expect(page.getByTestId("whoami")).toContainText("Priya Shah · Committee member · Harbour Lane Foods Ltd");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/plans");
  await expect(page).toHaveURL(/\/signin/);
});
