import { expect, test } from "@playwright/test";
import { signIn, unique, USERS } from "./helpers";

test("an administrator adds a member, changes the role, removes them, and sees it all in the audit log", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { name: "Members of Harbour Lane Foods Ltd" })).toBeVisible();

  const name = unique("Sam Carter");
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@harbourlane.example`;
  const form = page.getByRole("form", { name: "Add a member" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption("committee");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue(name);

  await form.getByLabel("Initial password").fill("a long initial password");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText(`${name} was added.`)).toBeVisible();

  const row = page.locator(`tr[data-member="${email}"]`);
  await row.getByLabel(`Role of ${name}`).selectOption("auditor");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByText("Role changed.")).toBeVisible();

  await row.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("dialog", { name: `Remove ${name}?` }).getByRole("button", { name: "Remove member" }).click();
  await expect(row).toHaveCount(0);

  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Search the audit log").fill("member.");
  await page.getByRole("button", { name: "Filter" }).click();
  // Each entry names the member: by name, or by the e-mail its own record kept once they are removed.
  const entries = page.locator("tbody tr");
  await expect(entries.filter({ hasText: "member.added" }).filter({ hasText: name })).toHaveCount(1);
  await expect(entries.filter({ hasText: "member.role_changed" }).filter({ hasText: email })).toContainText("role: committee → auditor");
  await expect(entries.filter({ hasText: "member.removed" }).filter({ hasText: name })).toHaveCount(1);
});

test("the last administrator cannot be demoted", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.goto("/members");
  const row = page.locator(`tr[data-member="${USERS.admin}"]`);
  await expect(row.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await row.getByLabel("Role of Alex Morgan").selectOption("committee");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("alert")).toContainText("The organisation needs at least one administrator.");
  await page.reload();
  await expect(page.locator(`tr[data-member="${USERS.admin}"]`).getByLabel("Role of Alex Morgan")).toHaveValue("admin");
});
