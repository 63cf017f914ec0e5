import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

test("a member of another organisation gets 404 for a plan's address", async ({ browser }) => {
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, USERS.committee);
  await ownerPage.getByRole("link", { name: "Bristol operations" }).click();
  await expect(ownerPage.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  const planUrl = ownerPage.url();
  await owner.close();

  const outsider = await browser.newContext();
  const page = await outsider.newPage();
  await signIn(page, USERS.otherOrgAdmin);
  await expect(page.getByRole("link", { name: "Practice continuity" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bristol operations" })).toHaveCount(0);
  const response = await page.goto(planUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Bristol operations")).toHaveCount(0);
  await outsider.close();
});
