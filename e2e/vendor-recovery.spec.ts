import { expect, test } from "@playwright/test";
import { createPlan, signIn, unique, USERS } from "./helpers";

test("a committee member links a slow vendor to a function with a short RTO, sees the finding, fixes the vendor and sees it clear", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Vendor RTO plan"));

  // A vendor whose contract promises recovery within 48 hours.
  await page.goto(`${planUrl}/inventories/vendors`);
  await page.locator("summary", { hasText: "Add vendor" }).click();
  const add = page.getByRole("form", { name: "Add vendor" });
  await add.getByLabel("Vendor", { exact: true }).fill("Acme Hosting");
  await add.getByLabel("Service", { exact: true }).fill("Managed hosting");
  await add.getByLabel("Contractual recovery time (optional)").fill("48");
  await add.getByRole("button", { name: "Add vendor" }).click();
  await expect(page.getByRole("link", { name: "Acme Hosting", exact: true })).toBeVisible();

  // A function that must be back within 4 hours, depending on that vendor.
  await page.goto(`${planUrl}/bia`);
  const name = unique("Order taking");
  await page.getByLabel("Function name").fill(name);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const vendors = page.getByRole("region", { name: "Vendors against the RTO" });
  await expect(vendors).toContainText("No vendors linked to this function.");
  await page.getByLabel("RTO (optional)", { exact: true }).fill("4h");
  await page.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const deps = page.getByRole("form", { name: "Dependencies" });
  // Each choice names the vendor's service, so two entries of one vendor can be told apart.
  await deps.getByRole("group", { name: "Vendors" }).getByLabel("Acme Hosting (Managed hosting)", { exact: true }).check();
  await deps.getByRole("button", { name: "Save dependencies" }).click();
  await expect(deps.getByRole("status").filter({ hasText: "Dependencies saved." })).toBeVisible();

  const finding = "Acme Hosting's contractual recovery time (2 days) is longer than the RTO (4 h).";
  await expect(vendors.getByRole("listitem")).toHaveText([`Warning: ${finding}`]);
  const vendorRow = vendors.getByRole("row").filter({ hasText: "Acme Hosting" });
  await expect(vendorRow).toContainText("Managed hosting");
  await expect(vendorRow).toContainText("2 days");
  await expect(vendorRow).toContainText("Longer than the RTO");

  await page.getByRole("link", { name: "All functions" }).click();
  await page.getByLabel("Search functions").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  const listRow = page.getByRole("row").filter({ hasText: name });
  await expect(listRow).toContainText("Vendor slower than RTO");

  // The vendor's page names the function it falls short for; the fix is made there.
  await listRow.getByRole("link", { name }).click();
  await vendors.getByRole("link", { name: "Acme Hosting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acme Hosting" })).toBeVisible();
  const dependents = page.getByRole("region", { name: "Business functions that depend on this vendor" });
  await expect(dependents).toContainText(`This vendor's recovery time (2 days) is longer than the RTO of 1 function: ${name} (4 h).`);
  await expect(dependents.getByRole("row").filter({ hasText: name })).toContainText("Longer than the RTO");
  const edit = page.getByRole("form", { name: "Edit vendor" });
  await edit.getByLabel("Contractual recovery time (optional)").fill("4");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(dependents.getByRole("row").filter({ hasText: name })).toContainText("Within the RTO");
  await expect(dependents).not.toContainText("is longer than the RTO");

  // Exactly the RTO is within it: the finding is gone from the function's page and the list.
  await dependents.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(vendors.getByRole("row").filter({ hasText: "Acme Hosting" })).toContainText("Within the RTO");
  await expect(vendors.getByRole("row").filter({ hasText: "Acme Hosting" })).toContainText("4 h");
  await expect(vendors.getByRole("listitem")).toHaveCount(0);
  await page.getByRole("link", { name: "All functions" }).click();
  await page.getByLabel("Search functions").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).not.toContainText("Vendor slower than RTO");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("MTD not set, RPO not set, WRT not set");
});

test("a vendor whose contract has expired is a warning on the function that depends on it, though its recovery time is within the RTO", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Expired contract plan"));
  // A contract that ended 57 days ago (today in UTC, as the app counts days).
  const today = new Date(new Date().toISOString().slice(0, 10));
  const ended = new Date(today.getTime() - 57 * 86_400_000).toISOString().slice(0, 10);

  await page.goto(`${planUrl}/inventories/vendors`);
  await page.locator("summary", { hasText: "Add vendor" }).click();
  const add = page.getByRole("form", { name: "Add vendor" });
  await add.getByLabel("Vendor", { exact: true }).fill("Software of Excellence");
  await add.getByLabel("Service", { exact: true }).fill("Practice management");
  await add.getByLabel("Contract end (optional)").fill(ended);
  await add.getByLabel("Contractual recovery time (optional)").fill("4");
  await add.getByRole("button", { name: "Add vendor" }).click();
  await expect(page.locator('tr[data-item="Software of Excellence"]').getByRole("rowheader")).toContainText("expired 57 days ago");

  await page.goto(`${planUrl}/bia`);
  const name = unique("Patient appointments");
  await page.getByLabel("Function name").fill(name);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByLabel("RTO (optional)", { exact: true }).fill("4h");
  await page.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const deps = page.getByRole("form", { name: "Dependencies" });
  await deps.getByRole("group", { name: "Vendors" }).getByLabel("Software of Excellence (Practice management)", { exact: true }).check();
  await deps.getByRole("button", { name: "Save dependencies" }).click();
  await expect(deps.getByRole("status").filter({ hasText: "Dependencies saved." })).toBeVisible();

  const vendors = page.getByRole("region", { name: "Vendors against the RTO" });
  await expect(vendors.getByRole("listitem")).toHaveText([
    /^Warning: Software of Excellence's contract has expired \(contract end .+, expired 57 days ago\): its recovery within 4 h may no longer be owed\.$/,
  ]);
  const vendorRow = vendors.getByRole("row").filter({ hasText: "Software of Excellence" });
  await expect(vendorRow).toContainText("Within the RTO");
  await expect(vendorRow).toContainText("Contract expired");

  await page.getByRole("link", { name: "All functions" }).click();
  await page.getByLabel("Search functions").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Vendor contract expired");
});
