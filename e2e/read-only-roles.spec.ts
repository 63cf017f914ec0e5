import { expect, test } from "@playwright/test";
import { createPlan, session, signIn, unique, USERS } from "./helpers";

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

test("a new plan's empty lists tell the committee how to start, and a reader only that they are empty", async ({ page, browser }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Empty lists"));
  const auditor = await session(browser, USERS.auditor);
  const lists = [
    { path: "/recovery/setup/hosts", empty: "No hosts yet.", start: "Add the hypervisor hosts" },
    { path: "/recovery/setup/locations", empty: "No backup locations yet.", start: "Add where restore points are kept" },
    { path: "/recovery/setup/policies", empty: "No backup policies yet.", start: "Add a backup location first" },
    { path: "/recovery/setup/replicas", empty: "No replicas.", start: "Add one for each system replicated" },
    { path: "/recovery/setup/vms", empty: "No systems yet.", start: "Import a VM inventory" },
    { path: "/priorities", empty: "No functions to rank yet.", start: "Add them with their MTD" },
    { path: "/priorities", empty: "No recovery tiers yet.", start: "A common start" },
    { path: "/priorities", empty: "No consistency groups yet.", start: "Group an application with its database" },
    { path: "", empty: "No system has a host yet", start: "add hosts and assign systems" },
    { path: "/recovery", empty: "No disaster scenarios yet", start: "Add disaster scenarios on the Risks page" },
    { path: "/tests", empty: "No disaster scenarios in this plan yet", start: "add them under Risks & scenarios" },
    { path: "/incidents", empty: "No incident has been declared under this plan.", start: "When a disaster strikes" },
  ];
  for (const { path, empty, start } of lists) {
    await page.goto(`${planUrl}${path}`);
    await expect(page.getByText(empty)).toContainText(start);
    await auditor.goto(`${planUrl}${path}`);
    await expect(auditor.getByText(empty)).toBeVisible();
    await expect(auditor.getByText(start)).toHaveCount(0);
  }
});
