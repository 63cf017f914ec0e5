import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

for (const role of ["executive", "auditor"] as const) {
  test(`the ${role} reads plans, members and the audit log but is offered no change`, async ({ page }) => {
    await signIn(page, USERS[role]);
    await expect(page.getByRole("button", { name: "Create plan" })).toHaveCount(0);
    await page.getByRole("link", { name: "Bristol operations" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
    await expect(page.locator("[data-stage]")).toHaveCount(9);
    await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Archive plan" })).toHaveCount(0);

    await page.getByRole("link", { name: "Members", exact: true }).click();
    await expect(page.getByRole("cell", { name: "Alex Morgan" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Change role" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);

    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  });
}

test("a committee member is refused the members and audit pages", async ({ page }) => {
  await signIn(page, USERS.committee);
  for (const path of ["/members", "/audit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
