import { expect, test } from "@playwright/test";
import { createPlan, signIn, unique, USERS } from "./helpers";

// The other organisation's administrator: its outage lengths are changed here and put back, so the
// Harbour Lane specs that read the grid never see a length missing.
test("an administrator is refused a length written twice, and confirms removing a length that holds ratings", async ({ page }) => {
  await signIn(page, USERS.otherOrgAdmin);
  await createPlan(page, unique("Settings plan"));
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Impact analysis" }).click();
  const name = unique("Appointments");
  await page.getByLabel("Function name").fill(name);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByLabel("Customer impact after 2 weeks").selectOption("severe");
  await page.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const functionUrl = page.url();

  await page.goto("/settings");
  const lengths = page.getByLabel("Outage lengths of the impact grid");
  await expect(lengths).toHaveValue("1h, 4h, 1d, 3d, 1w, 2w");
  await lengths.fill("1h, 90m, 1.5h, 4h");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(lengths).toHaveAccessibleDescription(/Each outage length once: “90m” and “1.5h” \(1 h 30 min\) is the same length\./);
  await expect(lengths).toHaveAttribute("aria-invalid", "true");

  await lengths.fill("1h, 4h, 1d, 3d, 1w");
  await page.getByRole("button", { name: "Save settings" }).click();
  const confirm = page.getByRole("checkbox", { name: "Drop these ratings and save the new outage lengths" });
  await expect(confirm).toHaveAccessibleDescription(/^Removing 2 weeks \(\d+ ratings?\) drops \d+ impact ratings? in \d+ functions?:/);
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  await confirm.check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(lengths).toHaveValue("1h, 4h, 1d, 3d, 1w");

  // Adding the length back asks nothing, and the rating kept in the function shows again. (A fresh
  // page, so that the status seen next is this save's.)
  await page.goto("/settings");
  await expect(lengths).toHaveValue("1h, 4h, 1d, 3d, 1w");
  await lengths.fill("1h, 4h, 1d, 3d, 1w, 2w");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(lengths).toHaveValue("1h, 4h, 1d, 3d, 1w, 2w");
  await page.goto(functionUrl);
  await expect(page.getByLabel("Customer impact after 2 weeks")).toHaveValue("severe");
});
