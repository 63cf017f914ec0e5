import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, unique, USERS } from "./helpers";

/** A new member added by the administrator, so changing their password disturbs no other test. */
async function newMember(admin: Page, password: string) {
  const name = unique("Jo Parker");
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@harbourlane.example`;
  await admin.goto("/members");
  const form = admin.getByRole("form", { name: "Add a member" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Initial password").fill(password);
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText(`${name} was added.`)).toBeVisible();
  return { name, email };
}

async function signedIn(browser: Browser, email: string, password: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

test("a member changes their own password: this session goes on, the others end", async ({ page, browser }) => {
  await signIn(page, USERS.admin);
  const { email } = await newMember(page, "the initial password");
  const here = await signedIn(browser, email, "the initial password");
  const elsewhere = await signedIn(browser, email, "the initial password");

  await here.getByRole("link", { name: "Change password" }).click();
  await expect(here.getByRole("heading", { level: 1, name: "Change password" })).toBeVisible();
  const form = here.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not the password at all");
  await form.getByLabel("New password", { exact: true }).fill("my very own password");
  await form.getByLabel("New password again").fill("my very own password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Current password")).toHaveAccessibleDescription("Enter the password again: it is not kept after an error. That is not your current password.");
  // Every password field is emptied after a refusal (passwords are never sent back), and says so.
  await expect(form.getByLabel("New password", { exact: true })).toHaveValue("");
  await expect(form.getByLabel("New password", { exact: true })).toHaveAccessibleDescription("Enter the password again: it is not kept after an error. At least 12 characters.");

  await form.getByLabel("Current password").fill("the initial password");
  await form.getByLabel("New password", { exact: true }).fill("my very own password");
  await form.getByLabel("New password again").fill("my very own passwort");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("New password again")).toHaveAccessibleDescription("Enter the password again: it is not kept after an error. Enter the same new password twice.");

  await form.getByLabel("Current password").fill("the initial password");
  await form.getByLabel("New password", { exact: true }).fill("my very own password");
  await form.getByLabel("New password again").fill("my very own password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Your password was changed. Anywhere else you were signed in, you are signed out.");

  await here.goto("/plans");
  await expect(here.getByRole("heading", { name: "Continuity plans" })).toBeVisible();
  await elsewhere.goto("/plans");
  await expect(elsewhere).toHaveURL(/\/signin/);
  await signIn(elsewhere, email, "my very own password");

  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Search the audit log").fill("member.password_changed");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.locator("tbody tr").filter({ hasText: email })).toHaveCount(1);
  await here.context().close();
  await elsewhere.context().close();
});

test("a member signs out of all other devices: this browser goes on, the others end, and it is audited", async ({ page, browser }) => {
  await signIn(page, USERS.admin);
  const { email } = await newMember(page, "the initial password");
  const here = await signedIn(browser, email, "the initial password");
  const elsewhere = await signedIn(browser, email, "the initial password");

  await here.getByRole("link", { name: "Change password" }).click();
  await here.getByRole("button", { name: "Sign out of all other devices" }).click();
  const dialog = here.getByRole("dialog", { name: "Sign out of all other devices?" });
  await expect(dialog).toContainText(`Every other browser and device where ${email} is signed in is signed out now`);
  await dialog.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(dialog).toBeHidden();
  await expect(here.getByRole("status").filter({ hasText: "You were signed out of all your other devices and browsers. This one stays signed in." })).toBeVisible();

  await here.goto("/plans");
  await expect(here.getByRole("heading", { name: "Continuity plans" })).toBeVisible();
  await elsewhere.goto("/plans");
  await expect(elsewhere).toHaveURL(/\/signin/);
  await signIn(elsewhere, email, "the initial password");

  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Search the audit log").fill("member.signed_out_everywhere");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.locator("tbody tr").filter({ hasText: email })).toHaveCount(1);
  await here.context().close();
  await elsewhere.context().close();
});

test("an administrator resets a member's password: the member is signed out and signs in with the new one", async ({ page, browser }) => {
  await signIn(page, USERS.admin);
  const { name, email } = await newMember(page, "the initial password");
  const member = await signedIn(browser, email, "the initial password");

  const row = page.locator(`tr[data-member="${email}"]`);
  await row.getByRole("button", { name: `Reset password of ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Reset ${name}'s password?` });
  await dialog.getByLabel("New temporary password").fill("short");
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(dialog.getByLabel("New temporary password")).toHaveAccessibleDescription(/Use at least 12 characters\./);
  await dialog.getByLabel("New temporary password").fill("a temporary password");
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole("status").filter({ hasText: "password was reset" })).toContainText(`${name}'s password was reset`);

  await member.goto("/plans");
  await expect(member).toHaveURL(/\/signin/);
  await signIn(member, email, "a temporary password");
  await member.context().close();
});
