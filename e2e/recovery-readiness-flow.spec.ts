import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { addOfficeLocationAndHost, addScenario, createPlan, importVms, signIn, unique, USERS } from "./helpers";

const RVTOOLS = path.resolve("tests/fixtures/rvtools-vinfo.csv");

async function rpoOfAppCrm(page: Page, planUrl: string) {
  await page.goto(`${planUrl}/recovery`);
  await page.getByRole("table", { name: /RPO and RTO of each system in each scenario/ }).getByRole("link", { name: "APP-CRM" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "APP-CRM" })).toBeVisible();
  return page.getByRole("row", { name: /One VM lost/ }).locator('[data-status]').first();
}

test("from an imported inventory to a met RPO: nightly breaches a 4-hour target, every 3 hours with a 1-hour window meets it", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Readiness flow"));

  await addOfficeLocationAndHost(page, planUrl, { key: "esx01", name: "ESX01", ramMiB: 262144 });

  // The VMs come from the RVTools export (its powered-off VM left out).
  await importVms(page, { planUrl, rvtools: RVTOOLS, created: 2 });

  // The scenario to plan for, and the function whose 4-hour RPO APP-CRM inherits.
  await addScenario(page, { planUrl, name: "One VM lost", id: "vm-loss", kind: "system" });
  await page.goto(`${planUrl}/bia`);
  await page.getByLabel("Function name").fill("Customer orders");
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Customer orders" })).toBeVisible();
  await page.getByLabel("RPO (optional)", { exact: true }).fill("4h");
  await page.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // No reload: the dependencies have their own version, so this second save cannot conflict.
  await expect(page.getByLabel("RPO (optional)", { exact: true })).toHaveValue("4h");
  const deps = page.getByRole("form", { name: "Dependencies" });
  await deps.getByRole("group", { name: "IT systems" }).getByLabel("APP-CRM", { exact: true }).check();
  await deps.getByRole("button", { name: "Save dependencies" }).click();
  await expect(deps.getByText("Dependencies saved.")).toBeVisible();
  await page.reload();
  const ticked = page.getByRole("form", { name: "Dependencies" }).getByRole("group", { name: "IT systems" }).getByRole("checkbox", { checked: true });
  await expect(ticked).toHaveCount(1);
  await expect(ticked).toHaveAccessibleName("APP-CRM");

  // A nightly backup: too rare for 4 hours, and the finding says what would fix it.
  await page.goto(`${planUrl}/recovery/setup/policies`);
  await page.getByLabel("Key", { exact: true }).fill("nightly");
  await page.getByLabel("Name", { exact: true }).fill("Nightly");
  await page.getByLabel("Target location").selectOption({ label: "Office NAS (nas)" });
  await page.getByLabel("Window (minutes)").fill("60");
  await page.getByLabel(/^At \(time of day/).fill("23:00");
  await page.getByLabel("APP-CRM", { exact: true }).check();
  await page.getByRole("button", { name: "Add policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Policy saved." })).toBeVisible();
  await expect(await rpoOfAppCrm(page, planUrl)).toHaveText(/RPO breached/);
  await expect(page.getByText(/back up at least every 3 h/).first()).toBeVisible();

  // "At 00:00, 03:00, 06:00 … London time" is not quite every 3 hours: the night the clocks go
  // back, 00:00 BST to 03:00 GMT is 4 hours, so with a 1-hour window the worst case is 5 h.
  await page.goto(`${planUrl}/recovery/setup/policies`);
  await page.getByRole("link", { name: "Edit Nightly" }).click();
  const edit = page.getByRole("form", { name: "Edit policy Nightly" });
  await expect(edit).toBeVisible();
  await edit.getByLabel("Repeats").selectOption("hours");
  await edit.getByLabel("Every (hours)").selectOption("3");
  await expect(edit.getByTestId("schedule-cron")).toHaveText("0 */3 * * *");
  await edit.getByLabel("Window (minutes)").fill("60");
  await edit.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Policy saved." })).toBeVisible();
  await expect(await rpoOfAppCrm(page, planUrl)).toHaveText(/RPO breached/);
  await expect(page.getByRole("row", { name: /One VM lost/ })).toContainText("5 h");

  // Every 180 minutes of real time with a 1-hour window: the worst case is 3 h + 1 h, the target.
  await page.goto(`${planUrl}/recovery/setup/policies`);
  await page.getByRole("link", { name: "Edit Nightly" }).click();
  const interval = page.getByRole("form", { name: "Edit policy Nightly" });
  await expect(interval).toBeVisible();
  await interval.getByLabel("Repeats").selectOption("interval");
  await interval.getByLabel("Every (minutes)").fill("180");
  await interval.getByLabel("Anchor (an instant with its offset)").fill("2026-01-01T00:00:00Z");
  await interval.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Policy saved." })).toBeVisible();
  await expect(await rpoOfAppCrm(page, planUrl)).toHaveText(/RPO met/);
  await expect(page.getByRole("row", { name: /One VM lost/ })).toContainText("4 h");
});
